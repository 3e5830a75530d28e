package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secretariat's commands: accounts, the circulation workflow and the audit trail. */
class CirculationCommandsTest {
  private static final Path SAMPLE = Path.of("../../shared/samples/seeds/000_1fda9c2edc89f2e2.txt");

  @TempDir Path temp;

  record Run(int code, String out, String err) {}

  private Run dossier(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] withData = new String[args.length + 1];
    withData[0] = args[0];
    System.arraycopy(args, 1, withData, 2, args.length - 1);
    withData[1] = "--data=" + temp.resolve("data");
    int code = Main.run(withData, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Run sub(String command, String subcommand, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = command;
    all[1] = subcommand;
    System.arraycopy(args, 0, all, 2, args.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] withData = new String[all.length + 1];
    withData[0] = all[0];
    withData[1] = all[1];
    withData[2] = "--data=" + temp.resolve("data");
    System.arraycopy(all, 2, withData, 3, all.length - 2);
    int code = Main.run(withData, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theLocalCommandLineActsAsAdministratorAndListsRestrictedDocuments() throws IOException {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    Files.writeString(
        inbox.resolve("restricted.txt"),
        "United Nations\n\nA/HRC/43/CRP.9\n\nGeneral Assembly\n\nDistr.: Restricted\n6 May 2020\n\n"
            + "Original: English\n\nHuman Rights Council\n\nForty-third session\n\n"
            + "Confidential report on quinoa\n\nThe text of the confidential report on quinoa.\n",
        StandardCharsets.UTF_8);
    Run imported = dossier("import", inbox.toString());
    assertThat(imported.code()).as(imported.err()).isZero();

    Run search = dossier("search", "distribution:Restricted");
    assertThat(search.code()).as(search.err()).isZero();
    assertThat(search.out()).contains("A/HRC/43/CRP.9");
  }

  @Test
  void aSubmissionIsRegisteredFromTheCommandLineAndEveryStepIsAudited() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SAMPLE), "the shared samples are absent");
    Path password = Files.writeString(temp.resolve("pw"), "registrar password\n");
    Run added =
        sub(
            "account",
            "add",
            "Registrar1",
            "--role",
            "REGISTRAR",
            "--password-file",
            password.toString());
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).isEqualTo("Added registrar1 REGISTRAR" + System.lineSeparator());
    Run badDelegate =
        sub("account", "add", "d", "--role", "DELEGATE", "--password-file", password.toString());
    assertThat(badDelegate.code()).isEqualTo(1);
    assertThat(badDelegate.err())
        .startsWith("dossier: a delegate acts for one State, given as its ISO 3166 alpha-3 code");

    Run submitted =
        sub(
            "circulate",
            "submit",
            SAMPLE.toString(),
            "--mission",
            "AZE",
            "--session",
            "43",
            "--agenda",
            "4");
    assertThat(submitted.code()).as(submitted.err()).isZero();
    Matcher id = Pattern.compile("\\(#(\\d+),").matcher(submitted.out());
    assertThat(id.find()).as(submitted.out()).isTrue();
    String document = "#" + id.group(1);
    assertThat(submitted.out())
        .isEqualTo(
            "Submitted submission:"
                + id.group(1)
                + " ("
                + document
                + ", versions [en])"
                + System.lineSeparator());

    assertThat(sub("circulate", "queue").out()).contains("SUBMITTED from AZE");
    Run registered =
        sub("circulate", "register", document, "--date", "2020-05-06", "--original", "en");
    assertThat(registered.out())
        .as(registered.err())
        .startsWith("Registered A/HRC/43/G/1 (" + document + ", versions [en]) IN_TRANSLATION");
    assertThat(sub("circulate", "tasks", document).out())
        .contains("en DONE (original, reference)")
        .contains("fr PENDING");

    Run early = sub("circulate", "publish", document);
    assertThat(early.code()).isEqualTo(1);
    assertThat(early.err())
        .isEqualTo(
            "dossier: Cannot publish A/HRC/43/G/1: it is IN_TRANSLATION, expected ISSUED"
                + System.lineSeparator());

    String key = "submission:" + id.group(1);
    assertThat(sub("circulate", "notifications", "AZE").out())
        .contains(" Submission " + key + " received; it waits for registration.")
        .contains(" " + key + " was registered as A/HRC/43/G/1.");
    assertThat(sub("circulate", "notifications", "AZE", "--lang", "es").out())
        .contains(" El documento " + key + " se registró con la signatura A/HRC/43/G/1.");
    Run unknown = sub("circulate", "notifications", "AZE", "--lang", "de");
    assertThat(unknown.code()).isNotZero();
    assertThat(unknown.err()).contains("--lang").contains("de");
    Run audit = dossier("audit");
    assertThat(audit.out())
        .contains("local-administrator\taccount.create\tregistrar1\t -> REGISTRAR")
        .contains("local-administrator\tsubmit\tsubmission:" + id.group(1))
        .contains(
            "local-administrator\tregister\tsubmission:"
                + id.group(1)
                + "\tSUBMITTED -> REGISTERED as A/HRC/43/G/1");
  }
}
