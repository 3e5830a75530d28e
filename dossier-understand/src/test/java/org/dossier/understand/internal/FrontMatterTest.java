package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.DocumentRecord.Warning;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  private final List<Warning> warnings = new ArrayList<>();

  @Test
  void aLeadingBlockIsBlankedKeepingLineNumbersAndIsWarnedOf() {
    String text = "---\nsymbol: A/1\ntags:\n  - x\n---\nUnited Nations\n";

    String skipped = FrontMatter.skip(text, warnings);

    assertThat(skipped).isEqualTo("\n\n\n\n\nUnited Nations\n");
    assertThat(warnings)
        .singleElement()
        .satisfies(warning -> {
          assertThat(warning.line()).isEqualTo(1);
          assertThat(warning.code()).isEqualTo("frontmatter.skipped");
          assertThat(warning.message()).contains("lines 1-5");
        });
  }

  @Test
  void crlfLinesAndAByteOrderMarkAreFrontMatterToo() {
    String skipped = FrontMatter.skip("\uFEFF---\r\nsymbol: A/1\r\n---\r\nText\r\n", warnings);

    assertThat(skipped).isEqualTo("\n\n\nText\r\n");
    assertThat(warnings).hasSize(1);
  }

  @Test
  void aRuleOpeningProseOrAnUnclosedBlockIsKept() {
    String prose = "---\nThe General Assembly, recalling its resolution\n---\n";
    String unclosed = "---\nsymbol: A/1\nUnited Nations\n";
    String twoRules = "---\n---\nText\n";

    assertThat(FrontMatter.skip(prose, warnings)).isSameAs(prose);
    assertThat(FrontMatter.skip(unclosed, warnings)).isSameAs(unclosed);
    assertThat(FrontMatter.skip(twoRules, warnings)).isSameAs(twoRules);
    assertThat(warnings).isEmpty();
  }
}
