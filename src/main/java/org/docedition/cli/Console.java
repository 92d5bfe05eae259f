package org.docedition.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command prints: picocli's writers, which {@link Main#run(PrintWriter, PrintWriter, String...)}
 * sets, never {@code System.out} directly.
 */
final class Console {

    private Console() {
    }

    static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    static PrintWriter err(CommandSpec spec) {
        return spec.commandLine().getErr();
    }

    /**
     * {@code writer} as a stream, for the build's progress lines. Bytes are handed on line by line:
     * a UTF-8 line ends at a newline byte, which is never part of a longer character.
     */
    static PrintStream stream(PrintWriter writer) {
        return new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public void write(int b) {
                line.write(b);
                if (b == '\n') {
                    flush();
                }
            }

            @Override
            public void flush() {
                writer.write(line.toString(StandardCharsets.UTF_8));
                writer.flush();
                line.reset();
            }
        }, true, StandardCharsets.UTF_8);
    }
}
