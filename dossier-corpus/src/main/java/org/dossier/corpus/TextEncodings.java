package org.dossier.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.dossier.model.Language;

/**
 * Which encodings plain-text files come in, per language: mostly UTF-8 (without a byte-order mark),
 * otherwise the legacy code page of the language's script, UTF-16 with a byte-order mark or UTF-16
 * without one (little- or big-endian), so that encoding detection has work to do.
 */
final class TextEncodings {
  private static final Charset WESTERN = Charset.forName("windows-1252");
  private static final Charset CYRILLIC = Charset.forName("windows-1251");
  private static final Charset ARABIC = Charset.forName("windows-1256");
  private static final Charset CHINESE = Charset.forName("GB18030");

  private TextEncodings() {}

  /**
   * An encoding for a text in {@code language}. The caller falls back to UTF-8 if the text holds a
   * character the legacy code page lacks (an annex in another script).
   */
  static Charset choose(Language language, SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 55) {
      return StandardCharsets.UTF_8;
    }
    if (roll < 62) {
      return StandardCharsets.UTF_16;
    }
    if (roll < 66) {
      return StandardCharsets.UTF_16LE;
    }
    if (roll < 70) {
      return StandardCharsets.UTF_16BE;
    }
    return switch (language) {
      case EN, FR, ES -> WESTERN;
      case RU -> CYRILLIC;
      case AR -> ARABIC;
      case ZH -> CHINESE;
    };
  }

  /** {@code preferred} if it can encode every character of {@code text}, else UTF-8. */
  static Charset fitting(Charset preferred, String text) {
    boolean unicode = preferred.name().startsWith("UTF-");
    return unicode || preferred.newEncoder().canEncode(text) ? preferred : StandardCharsets.UTF_8;
  }
}
