package org.docedition.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code edition} command and its subcommands. */
@Command(name = "edition", mixinStandardHelpOptions = true, version = "docedition 0.1.0",
        description = "Builds a documentary edition (static website) from seed documents.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, PackageCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:problems found or the build failed", "2:usage error"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> 1);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("edition: " + e.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: build, check, serve, package or bench");
    }
}
