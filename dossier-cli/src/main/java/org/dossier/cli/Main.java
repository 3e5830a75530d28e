package org.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The {@code dossier} command. Exit codes: 0 success, 1 the command failed, 2 bad usage. Errors go
 * to standard error as one readable line; {@code --verbose} adds the stack trace.
 */
@Command(
    name = "dossier",
    // Inherited so that every subcommand answers --help and --version too.
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Open documentation system for intergovernmental bodies.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ParseCommand.class,
      EvalCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      SearchCommand.class,
      AlignCommand.class,
      ShowCommand.class,
      ProvisionalCommand.class,
      AssignCommand.class,
      MergeCommand.class,
      SplitCommand.class,
      ReindexCommand.class,
      CheckCommand.class,
      BackupCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      AccountCommand.class,
      CirculateCommand.class,
      AuditCommand.class
    })
public final class Main {

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  /** Held so the level set on it is not lost when the logger is garbage-collected. */
  private static final java.util.logging.Logger LUCENE_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    quietLibraryLogging();
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), errWriter()));
  }

  /**
   * Libraries log through Log4j (POI, Flyway), SLF4J (Tika) and java.util.logging (Lucene) and
   * announce on the console that they found no logging backend; a command prints only its own
   * output and errors.
   */
  private static void quietLibraryLogging() {
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private static PrintWriter errWriter() {
    return new PrintWriter(System.err, true, StandardCharsets.UTF_8);
  }

  /** Runs the command line with the given streams and returns the exit code; used by tests. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    CommandLine commandLine = new CommandLine(main);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      cmd.getErr().println("dossier: " + Failures.describe(exception));
      if (main.verbose) {
        exception.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    commandLine.setParameterExceptionHandler((exception, argv) -> {
      CommandLine cmd = exception.getCommandLine();
      cmd.getErr().println("dossier: " + exception.getMessage());
      cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
      return 2;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"dossier " + properties.getProperty("version", "unknown")};
    }
  }
}
