package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SmallFloat;
import org.apache.lucene.util.StringHelper;

/**
 * The documents of an index snapshot that an access filter lets through, segment by segment, and
 * what scoring and paging need to know of them — computed from those documents alone, so that
 * nothing derived here depends on a document the reader may not see.
 *
 * <p>A segment's visible documents are computed once per segment state (its deletions included) and
 * filter, and dropped when Lucene closes that segment state: a refresh recomputes only the segments
 * it changed.
 */
final class VisibleDocuments {
  private final Map<IndexReader.CacheKey, Map<Query, Segment>> segments = new ConcurrentHashMap<>();

  /** The visible part of each segment of the searcher's reader, in leaf order. */
  List<Segment> of(IndexSearcher searcher, Query visible) throws IOException {
    Weight weight = null;
    List<Segment> visibleSegments = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
      Map<Query, Segment> byFilter = helper == null ? null : cached(helper);
      Segment segment = byFilter == null ? null : byFilter.get(visible);
      if (segment == null) {
        if (weight == null) {
          weight =
              searcher.createWeight(searcher.rewrite(visible), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        segment = Segment.of(leaf, weight);
        if (byFilter != null) {
          byFilter.putIfAbsent(visible, segment);
        }
      }
      visibleSegments.add(segment);
    }
    return visibleSegments;
  }

  private Map<Query, Segment> cached(IndexReader.CacheHelper helper) {
    return segments.computeIfAbsent(
        helper.getKey(),
        key -> {
          helper.addClosedListener(segments::remove);
          return new ConcurrentHashMap<>();
        });
  }

  /**
   * A digest of the visible documents of a snapshot — their ids and what a hit shows of them — that
   * names the snapshot as the reader sees it: equal for two snapshots that differ only in hidden
   * documents, whatever index holds them.
   */
  static long digest(List<Segment> segments) {
    long digest = 0;
    for (Segment segment : segments) {
      digest += segment.digest;
    }
    return digest;
  }

  /**
   * The visible documents of one segment: live documents the filter accepts.
   *
   * <p>Per scored field, its totals over these documents: how many hold the field, and their summed
   * length. For an analysed field the lengths are read from its norms, which the default similarity
   * (BM25) writes as the document's token count, exact up to 40 tokens and less than an eighth
   * short beyond; the statistics of an index holding only the visible documents use exact counts,
   * so scores agree exactly for short texts and nearly for long ones. Counting each visible
   * document's tokens exactly would mean reading every posting of the field. A field without norms
   * (an identifier) is counted from its postings, exactly.
   */
  static final class Segment {
    private final LeafReader reader;
    private final FixedBitSet visible;
    private final long digest;
    private final Map<String, FieldTotals> fields = new ConcurrentHashMap<>();

    private Segment(LeafReader reader, FixedBitSet visible, long digest) {
      this.reader = reader;
      this.visible = visible;
      this.digest = digest;
    }

    private static Segment of(LeafReaderContext leaf, Weight filter) throws IOException {
      LeafReader reader = leaf.reader();
      FixedBitSet visible = new FixedBitSet(Math.max(1, reader.maxDoc()));
      Scorer scorer = filter.scorer(leaf);
      if (scorer != null) {
        Bits live = reader.getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            visible.set(doc);
          }
        }
      }
      return new Segment(reader, visible, digestOf(reader, visible));
    }

    /** The sum of a 64-bit hash of each visible document: independent of order and segmenting. */
    private static long digestOf(LeafReader reader, FixedBitSet visible) throws IOException {
      SortedDocValues ids = DocValues.getSorted(reader, IndexSchema.ID);
      BinaryDocValues shown = DocValues.getBinary(reader, IndexSchema.SHOWN);
      long digest = 0;
      for (int doc = nextVisible(visible, 0);
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = nextVisible(visible, doc + 1)) {
        long hash = 0;
        if (ids.advanceExact(doc)) {
          hash = hash64(ids.lookupOrd(ids.ordValue()), hash);
        }
        if (shown.advanceExact(doc)) {
          hash = hash64(shown.binaryValue(), hash);
        }
        digest += hash;
      }
      return digest;
    }

    private static long hash64(BytesRef bytes, long seed) {
      int high = StringHelper.murmurhash3_x86_32(bytes, (int) seed ^ 0x5bd1e995);
      int low = StringHelper.murmurhash3_x86_32(bytes, (int) (seed >>> 32) ^ 0x1b873593);
      return ((long) high << 32) ^ (low & 0xffffffffL);
    }

    private static int nextVisible(FixedBitSet visible, int from) {
      return from >= visible.length() ? DocIdSetIterator.NO_MORE_DOCS : visible.nextSetBit(from);
    }

    /** How many visible documents hold the term, and how often in all. */
    long[] termCounts(Term term) throws IOException {
      Terms terms = reader.terms(term.field());
      long docFreq = 0;
      long totalTermFreq = 0;
      if (terms != null) {
        TermsEnum termsEnum = terms.iterator();
        if (termsEnum.seekExact(term.bytes())) {
          PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
          for (int doc = postings.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = postings.nextDoc()) {
            if (visible.get(doc)) {
              docFreq++;
              totalTermFreq += postings.freq();
            }
          }
        }
      }
      return new long[] {docFreq, totalTermFreq};
    }

    int visibleCount() {
      return visible.cardinality();
    }

    FieldTotals fieldTotals(String field) {
      return fields.computeIfAbsent(
          field,
          name -> {
            try {
              return countField(name);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }

    private FieldTotals countField(String field) throws IOException {
      FieldInfo info = reader.getFieldInfos().fieldInfo(field);
      if (info == null) {
        return FieldTotals.NONE;
      }
      return info.hasNorms() ? countFromNorms(field) : countFromPostings(field);
    }

    private FieldTotals countFromNorms(String field) throws IOException {
      NumericDocValues norms = reader.getNormValues(field);
      long docCount = 0;
      long length = 0;
      if (norms != null) {
        for (int doc = norms.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = norms.nextDoc()) {
          if (visible.get(doc) && norms.longValue() != 0) {
            docCount++;
            length += Math.max(1, SmallFloat.byte4ToInt((byte) norms.longValue()));
          }
        }
      }
      // Norms do not tell how many distinct terms a document holds, which BM25 does not use: the
      // least count consistent with the others stands in for it.
      return new FieldTotals(docCount, length, docCount);
    }

    private FieldTotals countFromPostings(String field) throws IOException {
      Terms terms = reader.terms(field);
      if (terms == null) {
        return FieldTotals.NONE;
      }
      FixedBitSet holding = new FixedBitSet(visible.length());
      long sumDocFreq = 0;
      long sumTotalTermFreq = 0;
      TermsEnum termsEnum = terms.iterator();
      PostingsEnum postings = null;
      while (termsEnum.next() != null) {
        postings = termsEnum.postings(postings, PostingsEnum.FREQS);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (visible.get(doc)) {
            holding.set(doc);
            sumDocFreq++;
            sumTotalTermFreq += postings.freq();
          }
        }
      }
      return new FieldTotals(holding.cardinality(), sumTotalTermFreq, sumDocFreq);
    }
  }

  /** A field's totals over visible documents. */
  record FieldTotals(long docCount, long sumTotalTermFreq, long sumDocFreq) {
    static final FieldTotals NONE = new FieldTotals(0, 0, 0);
  }
}
