package org.dossier.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The TMX export checked by parsers Dossier did not write: the JDK's validating parser and
 * libxml2's {@code xmllint} against the TMX 1.4b DTD in {@code ../shared/schemas/}, and
 * translate-toolkit's TMX reader (Debian: {@code libxml2-utils}, {@code python3-translate}; CI
 * installs both).
 */
class TmxTest {
  private static final Path DTD = Path.of("../../shared/schemas/tmx14.dtd").toAbsolutePath();

  private static final Alignment ALIGNMENT =
      new Alignment(
          "A/HRC/RES/43/1",
          "en",
          "zh",
          List.of(
              new Sentence("The Council decides.", 0),
              new Sentence("It requests a report & a <summary>.", 1),
              new Sentence("It adds.", 1),
              new Sentence("Untranslated.", 2)),
          List.of(new Sentence("理事会决定。", 0), new Sentence("请求提交报告和摘要。", 1)),
          List.of(Bead.of(0, 1, 0, 1), Bead.of(1, 2, 1, 1), Bead.of(3, 1, 2, 0)));

  private static String tmx() {
    StringWriter out = new StringWriter();
    Tmx.write(out, List.of(ALIGNMENT), "0.1.0");
    return out.toString();
  }

  @Test
  void validAgainstTheDtdForTheJdkParser() throws Exception {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setValidating(true);
    factory.setNamespaceAware(true);
    List<String> errors = new ArrayList<>();
    DefaultHandler handler =
        new DefaultHandler() {
          @Override
          public InputSource resolveEntity(String publicId, String systemId) throws IOException {
            return new InputSource(Files.newBufferedReader(DTD, StandardCharsets.UTF_8));
          }

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ": " + e.getMessage());
          }
        };
    factory.newSAXParser().parse(new InputSource(new StringReader(tmx())), handler);
    assertThat(errors).isEmpty();
  }

  @Test
  void validAgainstTheDtdForXmllint(@TempDir Path directory) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/xmllint")), "xmllint (libxml2-utils) missing");
    Path file = directory.resolve("a.tmx");
    Files.writeString(file, tmx(), StandardCharsets.UTF_8);
    Process xmllint =
        new ProcessBuilder(
                "/usr/bin/xmllint", "--noout", "--dtdvalid", DTD.toString(), file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(xmllint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(xmllint.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(xmllint.exitValue()).as(output).isZero();
  }

  @Test
  void readByTranslateToolkit(@TempDir Path directory) throws Exception {
    assumeTrue(
        new ProcessBuilder("/usr/bin/python3", "-c", "import translate.storage.tmx")
                .start()
                .waitFor()
            == 0,
        "translate-toolkit (python3-translate) missing");
    Path file = directory.resolve("a.tmx");
    Files.writeString(file, tmx(), StandardCharsets.UTF_8);
    String script =
        "import sys\n"
            + "from translate.storage import tmx\n"
            + "store = tmx.tmxfile.parsefile(sys.argv[1])\n"
            + "for unit in store.units:\n"
            + "    print(unit.source + '|' + unit.target)\n";
    Process python =
        new ProcessBuilder("/usr/bin/python3", "-c", script, file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output.lines().toList())
        .as(output)
        .containsExactly(
            "The Council decides.|理事会决定。",
            "It requests a report & a <summary>. It adds.|请求提交报告和摘要。");
  }

  @Test
  void unitsCarryTheDocumentAndParagraphs() {
    String tmx = tmx();
    assertThat(tmx).contains("<prop type=\"x-document\">A/HRC/RES/43/1</prop>");
    assertThat(tmx).contains("<prop type=\"x-paragraph\">2</prop>");
    assertThat(tmx).contains("srclang=\"en\"");
    assertThat(tmx).doesNotContain("Untranslated");
  }

  @Test
  void refusesMixedLanguagePairs() {
    Alignment french = new Alignment("A/1", "en", "fr", List.of(), List.of(), List.of());
    assertThatThrownBy(() -> Tmx.write(new StringWriter(), List.of(ALIGNMENT, french), "0.1.0"))
        .hasMessage("A/1 is aligned en-fr, the others en-zh");
  }
}
