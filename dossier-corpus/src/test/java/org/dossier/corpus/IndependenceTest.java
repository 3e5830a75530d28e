package org.dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator is the parser's independent witness: what it records as true must not come from the
 * conventions or code the parser reads with. These tests fail if dossier-lang or dossier-understand
 * comes back as a dependency or a class of theirs is referenced.
 */
class IndependenceTest {
  private static final List<String> PARSER_PACKAGES =
      List.of("org/dossier/lang/", "org/dossier/understand/");

  @Test
  void neitherTheConventionsNorTheParserAreOnTheClasspath() {
    assertThatThrownBy(() -> Class.forName("org.dossier.lang.LanguageConventions"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.dossier.understand.DocumentParser"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void thePomDeclaresNeitherModule() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    assertThat(pom)
        .contains("<artifactId>dossier-corpus</artifactId>")
        .doesNotContain("<artifactId>dossier-lang</artifactId>")
        .doesNotContain("<artifactId>dossier-understand</artifactId>");
  }

  @Test
  void noGeneratorClassReferencesTheirPackages() throws Exception {
    Path classes =
        Path.of(CorpusGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(classes)) {
      classFiles = files.filter(file -> file.toString().endsWith(".class")).toList();
    }
    assertThat(classFiles).hasSizeGreaterThan(10);
    for (Path file : classFiles) {
      // Class references sit in the constant pool as UTF-8 internal names.
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String forbidden : PARSER_PACKAGES) {
        assertThat(constants).as(classes.relativize(file).toString()).doesNotContain(forbidden);
      }
    }
  }
}
