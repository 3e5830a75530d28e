package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier align} end to end through {@code Main.run}. */
class AlignCommandTest {
  @TempDir Path temp;

  record Run(int code, String out, String err) {}

  static Run dossier(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void presplitFilesGiveBeadsOverLineIndices() throws IOException {
    Path english =
        file(
            "en.txt",
            "The Council met on 3 May 2021.\n"
                + "It adopted resolution 47/1, and it decided to continue the discussion at its next"
                + " session.\n"
                + "The meeting rose at 6 p.m.\n");
    Path french =
        file(
            "fr.txt",
            "Le Conseil s'est réuni le 3 mai 2021.\n"
                + "Il a adopté la résolution 47/1.\n"
                + "Il a décidé de poursuivre la discussion à sa prochaine session.\n"
                + "La séance est levée à 18 heures.\n");
    Run run =
        dossier("align", english.toString(), french.toString(), "--langs", "en,fr", "--presplit");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("[0]:[0]\n[1]:[1, 2]\n[2]:[3]\n");
  }

  @Test
  void unsplitFilesAreSplitAndCanBePrintedAsTsv() throws IOException {
    Path english = file("en.txt", "1. The Council decides. It requests a report.\n");
    Path german = file("de.txt", "1. Der Rat beschließt. Er ersucht um einen Bericht.\n");
    Run run =
        dossier("align", english.toString(), german.toString(), "--langs", "en,de", "-f", "tsv");
    assertThat(run.out())
        .isEqualTo(
            "1. The Council decides.\t1. Der Rat beschließt.\n"
                + "It requests a report.\tEr ersucht um einen Bericht.\n");
  }

  @Test
  void tmxOutputNamesTheFileAsDocument() throws IOException {
    Path english = file("en.txt", "The Council decides.\n");
    Path french = file("fr.txt", "Le Conseil décide.\n");
    Run run =
        dossier("align", english.toString(), french.toString(), "--langs", "en,fr", "-f", "tmx");
    assertThat(run.out())
        .contains("<prop type=\"x-document\">en.txt</prop>")
        .contains("<seg>Le Conseil décide.</seg>");
  }

  @Test
  void badInputIsNamedWithoutAStackTrace() throws IOException {
    Path english = file("en.txt", "One.\n");
    Path latin1 = Files.write(temp.resolve("fr.txt"), new byte[] {'d', (byte) 0xE9, 'j', 'a'});

    Run missing =
        dossier(
            "align", english.toString(), temp.resolve("nope.txt").toString(), "--langs", "en,fr");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err())
        .isEqualTo("dossier: " + temp.resolve("nope.txt") + ": no such file\n");

    Run notUtf8 = dossier("align", english.toString(), latin1.toString(), "--langs", "en,fr");
    assertThat(notUtf8.err())
        .isEqualTo(
            "dossier: " + latin1 + ": expected UTF-8 text, found bytes that are not UTF-8\n");

    Run badLanguages = dossier("align", english.toString(), english.toString(), "--langs", "en");
    assertThat(badLanguages.code()).isEqualTo(2);
    assertThat(badLanguages.err())
        .startsWith(
            "dossier: --langs: expected two language codes separated by a comma, e.g. en,fr; got"
                + " 'en'");

    Run oneFile = dossier("align", english.toString(), "--langs", "en,fr");
    assertThat(oneFile.code()).isEqualTo(2);
    assertThat(oneFile.err()).startsWith("dossier: expected two files (FILE_A FILE_B) or --symbol");
  }

  @Test
  void aCataloguedDocumentIsAlignedFromItsVersions() throws IOException {
    GeneratedDocument document =
        new CorpusGenerator(7)
            .withNoise(false)
            .documents(20)
            .filter(generated ->
                generated.versions().stream()
                    .allMatch(version -> version.text().contains(generated.symbol())))
            .findFirst()
            .orElseThrow();
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    for (GeneratedVersion version : document.versions()) {
      Files.write(corpus.resolve(version.fileName(Format.TXT)), version.render(Format.TXT));
    }
    String data = temp.resolve("data").toString();
    assertThat(dossier("import", "--data", data, corpus.toString()).code()).isZero();

    Run tmx =
        dossier(
            "align",
            "--data",
            data,
            "--symbol",
            document.symbol(),
            "--langs",
            "en,zh",
            "-f",
            "tmx");
    assertThat(tmx.err()).isEmpty();
    assertThat(tmx.out())
        .contains("<prop type=\"x-document\">" + document.symbol() + "</prop>")
        .contains("xml:lang=\"zh\"");

    Run german =
        dossier("align", "--data", data, "--symbol", document.symbol(), "--langs", "en,de");
    assertThat(german.code()).isEqualTo(2);
    assertThat(german.err())
        .startsWith("dossier: --langs: catalogued documents are in ar, zh, en, fr, es or ru");

    Run unknown = dossier("align", "--data", data, "--symbol", "A/99/1", "--langs", "en,fr");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("dossier: no document A/99/1\n");
    assertThat(unknown.out()).isEmpty();
  }
}
