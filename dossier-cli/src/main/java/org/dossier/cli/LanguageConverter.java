package org.dossier.cli;

import java.util.Arrays;
import org.dossier.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a language option given by its code ({@code fr}) or name ({@code French}). */
final class LanguageConverter implements ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    return Language.fromCode(value)
        .or(() -> Language.fromName(value))
        .orElseThrow(() ->
            new TypeConversionException(
                "expected a language code ("
                    + String.join(
                        ", ", Arrays.stream(Language.values()).map(Language::code).toList())
                    + "), got '"
                    + value
                    + "'"));
  }
}
