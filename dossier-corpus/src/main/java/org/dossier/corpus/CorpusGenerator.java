package org.dossier.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dossier.model.Language;

/**
 * Generates realistic synthetic UN documents in the six official languages and knows the true
 * record of every version it writes. The same seed gives the same documents, byte for byte.
 *
 * <pre>{@code
 * new CorpusGenerator(42).documents(1_000).forEach(document -> {
 *   GeneratedVersion french = document.version(Language.FR);
 *   byte[] markdown = french.render(Format.MARKDOWN);
 *   DocumentRecord truth = french.truth();
 * });
 * }</pre>
 *
 * <p>Documents come in order, so that families and citations point backwards: an addendum,
 * corrigendum, revision or reissue follows its base, and a document cites only earlier ones (or
 * resolutions everyone cites, such as General Assembly resolution 60/251).
 */
public final class CorpusGenerator {
  private final long seed;
  private final boolean noise;
  private final Set<Language> languages;

  /** A generator of all six language versions, whose renderings carry realistic noise. */
  public CorpusGenerator(long seed) {
    this(seed, true, EnumSet.allOf(Language.class));
  }

  private CorpusGenerator(long seed, boolean noise, Set<Language> languages) {
    this.seed = seed;
    this.noise = noise;
    this.languages = languages;
  }

  /** This generator with renderings noisy (wrapped lines, page headers, odd spacing) or clean. */
  public CorpusGenerator withNoise(boolean noise) {
    return new CorpusGenerator(seed, noise, languages);
  }

  /**
   * This generator writing only the versions in {@code languages}. The documents are the same as
   * with all six (same symbols, job numbers and text); the other versions are just not written.
   */
  public CorpusGenerator withLanguages(Set<Language> languages) {
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("At least one language is needed to generate documents");
    }
    return new CorpusGenerator(seed, noise, EnumSet.copyOf(languages));
  }

  /** The first {@code count} documents of this seed's corpus, generated lazily in order. */
  public Stream<GeneratedDocument> documents(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("Document count must be 0 or more, got " + count);
    }
    Planner planner = new Planner(seed);
    Iterator<GeneratedDocument> documents =
        new Iterator<>() {
          private int left = count;

          @Override
          public boolean hasNext() {
            return left > 0;
          }

          @Override
          public GeneratedDocument next() {
            if (left == 0) {
              throw new NoSuchElementException("All " + count + " documents were generated");
            }
            left--;
            return document(planner.next());
          }
        };
    // An ordered iterator-backed stream: even in parallel, the planner is called in order.
    return StreamSupport.stream(
        Spliterators.spliterator(documents, count, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private GeneratedDocument document(Plan plan) {
    List<GeneratedVersion> versions = new ArrayList<>(languages.size());
    for (Language language : languages) {
      versions.add(new GeneratedVersion(plan, language, noise));
    }
    Set<String> cites = new LinkedHashSet<>();
    versions.getFirst().truth().citations().forEach(citation -> cites.add(citation.symbol()));
    return new GeneratedDocument(
        plan.symbol(),
        Optional.ofNullable(plan.base()),
        plan.session(),
        plan.type(),
        plan.original(),
        List.copyOf(cites),
        versions);
  }
}
