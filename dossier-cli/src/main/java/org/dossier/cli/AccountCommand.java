package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dossier.access.AccessControl;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.catalogue.AccountRecord;
import org.dossier.catalogue.ApiTokenRecord;
import org.dossier.installation.Installation;
import org.dossier.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier account …}: accounts and API tokens, as the data directory's administrator. */
@Command(
    name = "account",
    description = "Accounts and API tokens: add, list, disable, enable, token, revoke.",
    subcommands = {
      AccountCommand.Add.class,
      AccountCommand.ListAccounts.class,
      AccountCommand.Disable.class,
      AccountCommand.Enable.class,
      AccountCommand.Token.class,
      AccountCommand.Revoke.class
    })
final class AccountCommand {
  private static final Viewer ADMINISTRATOR = Viewer.localAdministrator();

  private AccountCommand() {}

  abstract static class Step implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    abstract void run(AccessControl access, PrintWriter out) throws IOException;

    @Override
    public Integer call() throws IOException {
      try (Installation installation = data.open()) {
        run(installation.accessControl(), spec.commandLine().getOut());
        return 0;
      }
    }
  }

  @Command(
      name = "add",
      description =
          "Add an account; the password is read from a file (first line) or DOSSIER_PASSWORD.")
  static final class Add extends Step {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(
        names = "--role",
        required = true,
        description = "DELEGATE, TRANSLATOR, REGISTRAR or ADMINISTRATOR.")
    Role role;

    @Option(names = "--mission", description = "A delegate's State (ISO alpha-3).")
    String mission;

    @Option(
        names = "--languages",
        split = ",",
        converter = LanguageConverter.class,
        description = "A translator's languages.")
    List<Language> languages = new ArrayList<>();

    @Option(names = "--password-file", description = "A file whose first line is the password.")
    Path passwordFile;

    @Override
    void run(AccessControl access, PrintWriter out) throws IOException {
      String password = password(passwordFile);
      AccountRecord account =
          access.createAccount(
              ADMINISTRATOR, name, role, mission, new TreeSet<>(languages), password);
      out.println("Added " + describe(account));
    }
  }

  @Command(name = "list", description = "List the accounts.")
  static final class ListAccounts extends Step {
    @Override
    void run(AccessControl access, PrintWriter out) {
      for (AccountRecord account : access.accounts(ADMINISTRATOR)) {
        out.println(describe(account));
      }
    }
  }

  @Command(
      name = "disable",
      description = "Disable an account (its logins and tokens stop working).")
  static final class Disable extends Step {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    void run(AccessControl access, PrintWriter out) {
      out.println("Disabled " + describe(access.setDisabled(ADMINISTRATOR, name, true)));
    }
  }

  @Command(name = "enable", description = "Enable a disabled account.")
  static final class Enable extends Step {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    void run(AccessControl access, PrintWriter out) {
      out.println("Enabled " + describe(access.setDisabled(ADMINISTRATOR, name, false)));
    }
  }

  @Command(
      name = "token",
      description = "Create an API token for an account; its secret is printed once.")
  static final class Token extends Step {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--scope", defaultValue = "READ", description = "READ or WRITE.")
    AccessControl.TokenScope scope;

    @Option(names = "--label", defaultValue = "", description = "What it is for.")
    String label;

    @Override
    void run(AccessControl access, PrintWriter out) {
      AccessControl.NewToken token = access.createToken(ADMINISTRATOR, name, scope, label);
      out.println(
          "Token #" + token.token().id() + " for " + name + " (" + scope + "): " + token.secret());
      out.println("The secret is shown only now; only its hash is kept.");
    }
  }

  @Command(name = "revoke", description = "Revoke an account's API token.")
  static final class Revoke extends Step {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "TOKEN-ID")
    long tokenId;

    @Override
    void run(AccessControl access, PrintWriter out) {
      ApiTokenRecord token = access.revokeToken(ADMINISTRATOR, tokenId, name);
      out.println("Revoked token #" + token.id() + " of " + token.accountName());
    }
  }

  static String describe(AccountRecord account) {
    return account.name()
        + " "
        + account.role()
        + (account.mission() == null ? "" : " " + account.mission())
        + (account.languages().isEmpty()
            ? ""
            : " " + account.languages().stream().sorted().map(Language::code).toList())
        + (account.disabled() ? " (disabled)" : "");
  }

  private static String password(Path file) throws IOException {
    String password;
    if (file != null) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      password = lines.isEmpty() ? "" : lines.getFirst();
    } else {
      password = System.getenv("DOSSIER_PASSWORD");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException(
          "no password: give --password-file FILE or set DOSSIER_PASSWORD");
    }
    return password;
  }
}
