package org.newsgraph.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.rules.RuleException;
import org.newsgraph.store.QueryException;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newsgraph} command line: ingest articles, query, export, check and measure the store. */
@Command(name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Builds a knowledge graph from news articles: actors, places, who backs or opposes whom,",
            "and who claims or denies what, each tied to its sentence and outlet, in an embedded",
            "Apache Jena TDB2 store that SPARQL explores.",
            "",
            "Start with:  newsgraph ingest seeds/   then   newsgraph query who-backs-whom"
        },
        subcommands = {
            IngestCommand.class,
            RemoveCommand.class,
            AnalyseCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            ServeCommand.class,
            StatsCommand.class,
            ValidateCommand.class,
            LinkCommand.class,
            BenchCommand.class,
            BenchPageCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an input, store or query problem (the message says which and what to do)",
            "2:bad usage (unknown option, missing argument)"
        })
public final class Main implements Runnable {

    /** Wide enough for the descriptions' lines, so picocli does not break them mid-sentence. */
    private static final int USAGE_WIDTH = 100;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "show library logs and stack traces")
    boolean verbose;

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input and output as bytes, for commands that read records or write RDF or result sets. */
    private final InputStream stdin;
    private final PrintStream stdout;

    private Main(InputStream stdin, PrintStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    InputStream stdin() {
        return stdin;
    }

    PrintStream stdout() {
        return stdout;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. newsgraph ingest seeds/");
    }

    public static void main(String[] args) {
        System.exit(execute(System.in, System.out, System.err, args));
    }

    /** Runs the command line with this process's standard input and the given output and error; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        return execute(System.in, out, err, args);
    }

    /** Runs the command line with the given standard input, output and error; returns the exit code. */
    public static int execute(InputStream in, PrintStream out, PrintStream err, String... args) {
        boolean verbose = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        CommandLine cli = new CommandLine(new Main(in, out));
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpWidth(USAGE_WIDTH);
        cli.setParameterExceptionHandler((e, ignored) -> {
            CommandLine where = e.getCommandLine();
            where.getErr().println("newsgraph: " + oneLine(e.getMessage()) + didYouMean(e) + "; see '"
                    + where.getCommandSpec().qualifiedName() + " --help'");
            return where.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean expected = e instanceof UserError || e instanceof StoreException || e instanceof QueryException
                    || e instanceof InputRejectedException || e instanceof RuleException;
            if (verbose || !expected) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().println("newsgraph: " + (expected ? oneLine(e.getMessage()) : "internal error: " + e
                    + " (please report it, with the output of -v)"));
            return 1;
        });
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return code;
    }

    /** picocli's suggestions for a mistyped command or option ("quer" → query), if it has any. */
    private static String didYouMean(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", u.getSuggestions().stream().map(n -> "'" + n + "'").toList()) + "?";
        }
        return "";
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsgraph " + (v == null ? "(development build)" : v),
                "Apache Jena 5.6.0, Apache OpenNLP 2.5.11, Java " + System.getProperty("java.version")};
        }
    }
}
