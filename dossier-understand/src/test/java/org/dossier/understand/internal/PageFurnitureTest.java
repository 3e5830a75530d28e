package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

  private static List<String> kept(String text) {
    return PageFurniture.strip(SourceReader.splitLines(text)).lines().stream()
        .map(Line::text)
        .filter(line -> !line.isBlank())
        .toList();
  }

  @Test
  void jobNumberIsRemovedAndKept() {
    PageFurniture.Result result =
        PageFurniture.strip(SourceReader.splitLines("Text.\n\nGE.21-02871(E)\n*2102871*\n"));

    assertThat(result.jobNumber()).isEqualTo("GE.21-02871(E)");
    assertThat(result.jobNumberLine().number()).isEqualTo(3);
    assertThat(result.lines()).extracting(Line::text).containsExactly("Text.", "", "");
  }

  @Test
  void aLaterFooterWithTheLanguageLetterCompletesTheJobNumber() {
    PageFurniture.Result result =
        PageFurniture.strip(SourceReader.splitLines("GE.21-04869\nText.\nGE.21-04869(E)\n"));

    assertThat(result.jobNumber()).isEqualTo("GE.21-04869(E)");
  }

  @Test
  void pageNumbersAndRecycleNoticesGo() {
    assertThat(kept("One.\n- 2 -\nPage 3\n3/12\nPlease recycle\nTwo."))
        .containsExactly("One.", "Two.");
  }

  @Test
  void runningHeadersRepeatedAfterFirstPageGoButTheMastheadStays() {
    String text = "A/HRC/46/G/5\nMasthead.\n\fA/HRC/46/G/5\nBody one.\n\fA/HRC/46/G/5\nBody two.\n";

    assertThat(kept(text)).containsExactly("A/HRC/46/G/5", "Masthead.", "Body one.", "Body two.");
  }

  @Test
  void ordinaryShortLinesStay() {
    assertThat(kept("Agenda item 4\n\n2020\n")).containsExactly("Agenda item 4");
  }
}
