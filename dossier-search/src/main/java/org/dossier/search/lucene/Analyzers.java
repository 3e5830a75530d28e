package org.dossier.search.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.dossier.model.Language;

/**
 * The analysis of each indexed field. Language fields use Lucene's analyzer for that language
 * (stemming, stop words, Arabic normalisation, Chinese word segmentation), all keeping positions
 * for phrases; identifiers (symbols, job numbers) are one token each, folded for case and accents
 * so that {@code a/hrc/43/g/17} equals {@code A/HRC/43/G/17}.
 */
final class Analyzers {
  private Analyzers() {}

  /** The analyzer Lucene provides for an official language. */
  static Analyzer forLanguage(Language language) {
    return switch (language) {
      case EN -> new EnglishAnalyzer();
      case FR -> new FrenchAnalyzer();
      case ES -> new SpanishAnalyzer();
      case RU -> new RussianAnalyzer();
      case AR -> new ArabicAnalyzer();
      case ZH -> new SmartChineseAnalyzer();
    };
  }

  /** Whole value as one token, case- and accent-folded: for symbols, codes and job numbers. */
  static Analyzer identifiers() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer whole = new KeywordTokenizer();
        return new TokenStreamComponents(whole, new ICUFoldingFilter(whole));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUFoldingFilter(in);
      }
    };
  }

  /** Routes each language field to its language's analyzer and everything else to identifiers. */
  static Analyzer perField() {
    Map<String, Analyzer> byField = new HashMap<>();
    for (Language language : Language.values()) {
      Analyzer analyzer = forLanguage(language);
      byField.put(IndexSchema.title(language), analyzer);
      byField.put(IndexSchema.text(language), analyzer);
    }
    return new PerFieldAnalyzerWrapper(identifiers(), byField);
  }
}
