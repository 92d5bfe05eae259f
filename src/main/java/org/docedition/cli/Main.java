package org.docedition.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.logging.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code edition} command and its subcommands. */
@Command(name = "edition", mixinStandardHelpOptions = true, version = "docedition 0.1.0",
        description = "Builds a documentary edition (static website) from seed documents.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, PackageCommand.class,
                CommandLine.HelpCommand.class},
        footer = "%nThe benchmark has a jar of its own: ./edition bench --help (see README, 'Benchmark').",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:problems found or the build failed", "2:usage error"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        configureLogging();
        System.exit(run(args));
    }

    /**
     * Library logging as {@code logging.properties} says (warnings only, one line each), unless the
     * user names a configuration of their own with {@code -Djava.util.logging.config.file}.
     */
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        try (InputStream in = Main.class.getResourceAsStream("logging.properties")) {
            LogManager.getLogManager().readConfiguration(in);
        } catch (IOException | RuntimeException e) {
            // the JDK's defaults remain: more lines, still no harm to the build
        }
    }

    /** Runs the command line, printing to standard output and error, and returns its exit code. */
    public static int run(String... args) {
        return run(new CommandLine(new Main()), args);
    }

    /**
     * Runs the command line printing to {@code out} and {@code err} instead of standard output and
     * error, so that tests capture it without swapping {@code System.out} and may run in parallel.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new CommandLine(new Main()).setOut(out).setErr(err), args);
    }

    /**
     * Runs the command line and returns its exit code: 0 success, 1 problems or a failed run, 2
     * usage error. Commands print through {@code cl}'s writers.
     *
     * <p>Whatever goes wrong, the user sees one line {@code edition: message}, never a stack trace:
     * input problems are reported by the commands themselves, with file and line; anything thrown
     * (a full disk, a missing tool, a bug) ends here.
     */
    private static int run(CommandLine cl, String... args) {
        // picocli applies this mapper to usage errors too; without the check they would exit 1
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("edition: " + describe(e));
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands only Exceptions to the handler above; an Error (out of memory, stack
            // overflow) would otherwise reach the JVM's default handler and its stack trace
            cl.getErr().println("edition: " + describe(e));
            return 1;
        } finally {
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    /** The exception's message, or what it is when it has none (a bug: say so briefly). */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (" + e.getMessage() + "); give Java more heap, e.g. EDITION_JAVA_OPTS=-Xmx4g";
        }
        if (e instanceof StackOverflowError) {
            return "internal error (stack overflow); please report it with the seed files that caused it";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            Throwable cause = e.getCause();
            return cause != null && cause != e ? describe(cause)
                    : "internal error (" + e.getClass().getSimpleName() + "); please report it";
        }
        return message;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: build, check, serve or package");
    }
}
