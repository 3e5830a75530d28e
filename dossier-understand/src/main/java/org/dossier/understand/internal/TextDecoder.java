package org.dossier.understand.internal;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decodes plain text in an unknown encoding: a byte-order mark wins, then strict UTF-8, then the
 * candidates of ICU's detector (and UTF-16 without a mark) scored by how plausible the decoded text
 * is as writing in one script. ICU alone confuses the single-byte code pages on short texts; the
 * plausibility check is what tells windows-1251 Russian from windows-1252 mojibake.
 */
public final class TextDecoder {
  private static final int SAMPLE = 64 * 1024;

  /**
   * The bytes an encoding is guessed from: ICU's detector examines all it is given, once per code
   * page it knows, and each candidate is decoded to be scored, so guessing from a whole long
   * document cost more than all the rest of understanding it. 8 KiB is the detector's own reading
   * size for streams, thousands of letters of running text.
   */
  private static final int GUESS_SAMPLE = 8 * 1024;

  /** The decoded text, the charset used, and whether it was a guess rather than a certainty. */
  public record Decoded(String text, Charset charset, boolean guessed) {}

  private TextDecoder() {}

  /** Returns null when the bytes do not look like text in any encoding. */
  public static Decoded decode(byte[] bytes) {
    Decoded marked = byBom(bytes);
    if (marked != null) {
      return marked;
    }
    // Valid UTF-8 with non-ASCII bytes is UTF-8 in practice; only controls (UTF-16 read as
    // bytes) disqualify it.
    String utf8 = strictUtf8(bytes);
    if (utf8 != null && controlShare(utf8) < 0.01) {
      return new Decoded(utf8, StandardCharsets.UTF_8, false);
    }
    byte[] sample = bytes.length <= GUESS_SAMPLE ? bytes : Arrays.copyOf(bytes, GUESS_SAMPLE);
    Charset best = null;
    double bestScore = 0;
    for (Candidate candidate : candidates(sample)) {
      // ICU's confidence breaks ties between code pages that all decode to letters.
      double score =
          plausibility(new String(sample, candidate.charset()))
              * (0.75 + candidate.confidence() / 400.0);
      if (score > bestScore) {
        best = candidate.charset();
        bestScore = score;
      }
    }
    return bestScore >= 0.5 ? new Decoded(new String(bytes, best), best, true) : null;
  }

  private record Candidate(Charset charset, int confidence) {}

  private static Decoded byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Decoded(
          new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decoded(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE,
          false);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decoded(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE,
          false);
    }
    return null;
  }

  /** The bytes decoded as UTF-8, or null if they are not well-formed UTF-8. */
  static String strictUtf8(byte[] bytes) {
    // The String constructor decodes with vectorised intrinsics and puts U+FFFD for what is not
    // UTF-8: without one in the result (a vectorised search too) the bytes were well-formed. Only a
    // text with U+FFFD needs the byte-by-byte check, since the character may be in the source.
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 || isUtf8(bytes) ? text : null;
  }

  /**
   * True when {@code bytes} are well-formed UTF-8 (RFC 3629): no stray continuation bytes, no
   * overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut at the end.
   */
  static boolean isUtf8(byte[] bytes) {
    int length = bytes.length;
    int i = 0;
    while (i < length) {
      int lead = bytes[i];
      if (lead >= 0) {
        i++;
        continue;
      }
      lead &= 0xFF;
      int continuations;
      int low = 0x80;
      int high = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        continuations = 1;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        continuations = 2;
        low = lead == 0xE0 ? 0xA0 : low; // overlong
        high = lead == 0xED ? 0x9F : high; // surrogates
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        continuations = 3;
        low = lead == 0xF0 ? 0x90 : low; // overlong
        high = lead == 0xF4 ? 0x8F : high; // above U+10FFFF
      } else {
        return false;
      }
      if (i + continuations >= length) {
        return false;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k <= continuations; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += continuations + 1;
    }
    return true;
  }

  private static List<Candidate> candidates(byte[] sample) {
    List<Candidate> candidates = new ArrayList<>();
    List<Charset> seen = new ArrayList<>();
    Charset utf16 = utf16WithoutBom(sample);
    if (utf16 != null) {
      candidates.add(new Candidate(utf16, 100));
      seen.add(utf16);
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample);
    for (CharsetMatch match : detector.detectAll()) {
      Charset charset = supported(match.getName());
      if (charset != null && !seen.contains(charset)) {
        candidates.add(new Candidate(charset, match.getConfidence()));
        seen.add(charset);
      }
    }
    // Code pages ICU may rank too low on short texts, always tried: the score decides.
    for (String name : new String[] {"windows-1252", "windows-1251", "windows-1256", "GB18030"}) {
      Charset charset = Charset.forName(name);
      if (!seen.contains(charset)) {
        candidates.add(new Candidate(charset, 0));
        seen.add(charset);
      }
    }
    return candidates;
  }

  private static Charset supported(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return switch (upper) {
      // ISO-8859-1 reports are windows-1252 in practice (curly quotes in 0x80-0x9F).
      case "ISO-8859-1", "WINDOWS-1252" -> Charset.forName("windows-1252");
      case "ISO-8859-5", "WINDOWS-1251", "KOI8-R" -> Charset.forName(upper);
      case "ISO-8859-6", "WINDOWS-1256" -> Charset.forName(upper);
      case "GB18030", "BIG5", "UTF-16LE", "UTF-16BE" -> Charset.forName(upper);
      default -> null;
    };
  }

  /** Text in UTF-16 has one byte of each pair drawn from very few values (the script's block). */
  private static Charset utf16WithoutBom(byte[] b) {
    int pairs = b.length / 2;
    if (pairs < 8 || b.length % 2 != 0) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i + 1 < b.length; i += 2) {
      if (b[i] == 0) {
        evenZero++;
      }
      if (b[i + 1] == 0) {
        oddZero++;
      }
    }
    if (oddZero > pairs / 4 && evenZero < pairs / 20) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > pairs / 4 && oddZero < pairs / 20) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static double controlShare(String text) {
    int limit = Math.min(text.length(), SAMPLE);
    int bad = 0;
    for (int i = 0; i < limit; i++) {
      if (isBad(text.charAt(i))) {
        bad++;
      }
    }
    return limit == 0 ? 0 : (double) bad / limit;
  }

  private static boolean isBad(char c) {
    if (c >= ' ' && c < 0x7F) {
      return false; // printable ASCII, most of most texts
    }
    return c == '\uFFFD'
        || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\uE000' && c <= '\uF8FF');
  }

  /**
   * A score in [0, 1]: the share of letters in the two main scripts (a document may quote an annex
   * in another script), lowered by control characters, replacement characters, implausibly dense
   * accented Latin and random letter case (the signatures of mojibake).
   */
  static double plausibility(String text) {
    int limit = Math.min(text.length(), SAMPLE);
    int bad = 0;
    int letters = 0;
    int asciiLatin = 0;
    int otherLatin = 0;
    int cyrillic = 0;
    int cyrillicUpper = 0;
    int arabic = 0;
    int han = 0;
    int total = 0;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      total++;
      if (isBad(c)) {
        bad++;
        continue;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      if (c < 0x80) {
        asciiLatin++;
      } else if (c <= 0x024F) {
        otherLatin++;
      } else if (c >= 0x0400 && c <= 0x04FF) {
        cyrillic++;
        if (Character.isUpperCase(c)) {
          cyrillicUpper++;
        }
      } else if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0xFB50 && c <= 0xFEFF)) {
        arabic++;
      } else if (c >= 0x4E00 && c <= 0x9FFF) {
        han++;
      }
    }
    if (total == 0 || letters == 0) {
      return 0;
    }
    double badShare = (double) bad / total;
    // A Han character stands for two bytes and a word: weigh it as two letters.
    letters += han;
    han *= 2;
    int latin = asciiLatin + otherLatin;
    int[] scripts = {latin, cyrillic, arabic, han};
    Arrays.sort(scripts);
    int dominant = scripts[3];
    double score = (double) (scripts[3] + scripts[2]) / letters;
    if (dominant == latin && latin > 0 && otherLatin * 4 > latin) {
      score *= 0.5;
    }
    // Arabic code-page bytes read as windows-1251 give Cyrillic with random case.
    if (dominant == cyrillic && cyrillicUpper * 5 > cyrillic * 2) {
      score *= 0.5;
    }
    return Math.max(0, score - badShare * 10);
  }
}
