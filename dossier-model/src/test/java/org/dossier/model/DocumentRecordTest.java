package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentRecordTest {
  @Test
  void withSourceRenamesTheSourceAndKeepsEveryOtherField() {
    DocumentRecord read =
        DocumentRecord.builder("/srv/imports/2020/A_73_50-AR.html")
            .symbol("A/73/50")
            .language(Language.AR)
            .title("تقرير")
            .issueDate(LocalDate.of(2018, 5, 2))
            .addFootnote("1")
            .warn(3, 7, "masthead.date", "no date")
            .build();

    DocumentRecord published = read.withSource("A_73_50-AR.html");

    assertThat(published.source()).isEqualTo("A_73_50-AR.html");
    assertThat(published.symbol()).isEqualTo("A/73/50");
    assertThat(published.language()).isEqualTo(Language.AR);
    assertThat(published.title()).isEqualTo("تقرير");
    assertThat(published.issueDate()).isEqualTo(LocalDate.of(2018, 5, 2));
    assertThat(published.footnotes()).containsExactly("1");
    assertThat(published.warnings())
        .containsExactly(new DocumentRecord.Warning(3, 7, "masthead.date", "no date"));
    assertThat(read.source()).isEqualTo("/srv/imports/2020/A_73_50-AR.html");
  }
}
