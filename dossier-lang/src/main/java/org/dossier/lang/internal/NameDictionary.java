package org.dossier.lang.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.lang.Match;

/**
 * Finds names from a fixed list in running text, longest first, with a character trie walked from
 * each word start (each character for scripts written without spaces). Characters are folded the
 * way {@link Texts#fold} does, one by one, so offsets stay those of the original text.
 *
 * <p>A name may be preceded by one of the language's prefixes (articles, contracted prepositions,
 * attached Arabic particles); a prefix may resume the name partway, for Arabic {@code لل} where the
 * name's article {@code ال} has merged with the preposition. A name written with a capital letter
 * is only found where the text has one too, so {@code turkey} is not {@code Turkey}.
 */
public final class NameDictionary {
  private static final char SKIP = Texts.SKIP;

  private final Node root = new Node();

  /** Folded characters that can begin a name or a prefix: other positions are skipped at once. */
  private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

  /** Prefixes by their first folded character, so only those that can match are tried. */
  private final Map<Character, List<Prefix>> prefixes = new HashMap<>();

  private final boolean spaced;

  /**
   * @param spaced whether the script separates words with spaces (names then start and end at word
   *     boundaries); false for Chinese
   */
  public NameDictionary(boolean spaced) {
    this.spaced = spaced;
  }

  /** Adds {@code name} as a way of writing {@code value}; the first value given for a name wins. */
  public NameDictionary add(String name, String value) {
    markStart(name);
    Node node = root;
    char previous = ' ';
    for (int i = 0; i < name.length(); i++) {
      char folded = Texts.foldChar(name.charAt(i));
      if (folded == SKIP || (folded == ' ' && previous == ' ')) {
        continue;
      }
      node = node.children.computeIfAbsent(folded, c -> new Node());
      previous = folded;
    }
    if (node.value == null) {
      node.value = value;
      node.cased = !name.equals(name.toLowerCase(Locale.ROOT));
    }
    return this;
  }

  /**
   * Lets names be preceded by {@code prefix}; the name is then read from its {@code resume}
   * characters on ({@code ""} for a whole name). Call it after adding the names: a prefix whose
   * {@code resume} begins no name is dropped.
   */
  public NameDictionary prefix(String prefix, String resume) {
    Node start = root;
    for (int i = 0; i < resume.length() && start != null; i++) {
      start = start.children.get(Texts.foldChar(resume.charAt(i)));
    }
    if (start != null) {
      prefixes
          .computeIfAbsent(Texts.foldChar(prefix.charAt(0)), c -> new ArrayList<>())
          .add(new Prefix(prefix, start));
      markStart(prefix);
    }
    return this;
  }

  private void markStart(String text) {
    for (int i = 0; i < text.length(); i++) {
      char folded = Texts.foldChar(text.charAt(i));
      if (folded != SKIP && folded != ' ') {
        starts[folded] = true;
        return;
      }
    }
  }

  /** Every name in {@code text}, left to right, without overlaps. */
  public List<Match<String>> find(CharSequence text) {
    List<Match<String>> found = new ArrayList<>();
    int length = text.length();
    Hit hit = new Hit();
    for (int i = 0; i < length; i++) {
      if (!starts[Texts.foldChar(text.charAt(i))]
          || (spaced && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      hit.end = -1;
      longestAt(text, i, hit);
      if (hit.end > i) {
        found.add(new Match<>(hit.value, i, hit.end));
        i = hit.end - 1;
      }
    }
    return found;
  }

  /** The value of the name that is the whole of {@code text}, surrounding spaces ignored. */
  public Optional<String> lookup(CharSequence text) {
    String name = Texts.strip(text);
    Hit hit = new Hit();
    hit.end = -1;
    longestAt(name, 0, hit);
    return hit.end == name.length() ? Optional.of(hit.value) : Optional.empty();
  }

  private void longestAt(CharSequence text, int start, Hit hit) {
    longestAt(text, start, start, 0, hit);
  }

  /** Prefixes chain up to twice: an article, then a long-form head ("the Republic of …"). */
  private void longestAt(CharSequence text, int matchStart, int from, int depth, Hit hit) {
    walk(text, matchStart, from, root, hit);
    if (depth == 2 || from >= text.length()) {
      return;
    }
    for (Prefix prefix : prefixes.getOrDefault(Texts.foldChar(text.charAt(from)), List.of())) {
      int after = prefix.matchAt(text, from);
      if (after <= from) {
        continue;
      }
      if (prefix.resume == root) {
        longestAt(text, matchStart, after, depth + 1, hit);
      } else {
        walk(text, matchStart, after, prefix.resume, hit);
      }
    }
  }

  private void walk(CharSequence text, int matchStart, int from, Node node, Hit hit) {
    char previous = ' ';
    boolean capital = hasCapital(text, matchStart, from);
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = Texts.foldChar(c);
      if (folded == SKIP || (folded == ' ' && previous == ' ' && i > from)) {
        continue;
      }
      node = node.children.get(folded);
      if (node == null) {
        return;
      }
      previous = folded;
      capital |= Character.isUpperCase(c);
      if (node.value != null
          && i + 1 > hit.end
          && (capital || !node.cased)
          && endsWord(text, i + 1)) {
        hit.end = i + 1;
        hit.value = node.value;
      }
    }
  }

  private boolean endsWord(CharSequence text, int end) {
    return !spaced || end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
  }

  private static boolean hasCapital(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final class Node {
    final Map<Character, Node> children = new HashMap<>(4);
    String value;
    boolean cased;
  }

  private static final class Hit {
    int end;
    String value;
  }

  private record Prefix(String text, Node resume) {
    /** The index after this prefix if {@code text} has it at {@code start}, else -1. */
    int matchAt(CharSequence input, int start) {
      int i = start;
      for (int k = 0; k < text.length(); k++) {
        char wanted = Texts.foldChar(text.charAt(k));
        if (i >= input.length() || Texts.foldChar(input.charAt(i)) != wanted) {
          return -1;
        }
        i++;
        while (wanted == ' ' && i < input.length() && Texts.foldChar(input.charAt(i)) == ' ') {
          i++;
        }
      }
      return i;
    }
  }
}
