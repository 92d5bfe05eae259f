package org.docedition.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.docedition.files.TextBuffer;
import org.docedition.model.Problem;

/**
 * The one Freemarker configuration of a render: templates from {@code templates/}, parsed once and
 * cached, HTML auto-escaping, and settings that make output independent of the machine (locale,
 * time zone, number format).
 */
final class TemplateEngine {

    private final Configuration config;
    private final Path templatesDir;

    TemplateEngine(Path templatesDir) {
        this.templatesDir = templatesDir;
        Configuration c = new Configuration(Configuration.VERSION_2_3_35);
        try {
            c.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile()));
        } catch (IOException e) {
            throw new RenderFailure(Problem.error(templatesDir.toString(), 0,
                    "cannot read the templates folder: " + e.getMessage()));
        }
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        // every HTML template also declares <#ftl output_format="HTML">; this default keeps one
        // that forgets it escaping too
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        // templates do not change during a render; never look at the disk again
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        this.config = c;
    }

    /** Whether {@code name} exists in the templates folder. */
    boolean exists(String name) {
        return Files.isRegularFile(templatesDir.resolve(name));
    }

    /** The parsed template {@code name}. */
    Template template(String name) {
        try {
            return config.getTemplate(name);
        } catch (ParseException e) {
            throw new RenderFailure(Problem.error(templateFile(e.getTemplateName(), name), e.getLineNumber(),
                    "template syntax: " + e.getEditorMessage()));
        } catch (IOException e) {
            throw new RenderFailure(Problem.error(templateFile(name, name), 0, "cannot read template: " + e.getMessage()));
        }
    }

    /** {@code template} applied to {@code model}, as UTF-8 bytes. */
    byte[] render(Template template, Map<String, Object> model) {
        // a String encodes to UTF-8 in one optimised pass, faster than a streaming encoder
        TextBuffer w = new TextBuffer(16 * 1024);
        try {
            template.process(model, w);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            throw new RenderFailure(Problem.error(templateFile(e.getTemplateSourceName(), template.getName()),
                    line == null ? 0 : line, "template error: " + firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new RenderFailure(Problem.error(templateFile(template.getName(), template.getName()), 0,
                    "cannot write page: " + e.getMessage()));
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String templateFile(String name, String fallback) {
        return templatesDir.getFileName() + "/" + (name == null ? fallback : name);
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
