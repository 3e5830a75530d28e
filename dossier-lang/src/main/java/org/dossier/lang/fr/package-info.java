/**
 * French: {@code 1er avril 2020} (ordinal first day, lower-case months); ranges {@code 24
 * février-20 mars 2020} (hyphen); {@code Quarante-troisième session} (feminine ordinal, "vingt et
 * unième" without hyphens); {@code Points 13 et 115 de l'ordre du jour}; {@code Distr. générale}
 * (no colon); {@code Original : anglais} (space before the colon); State names with their article
 * and its contraction ({@code de l'Azerbaïdjan}, {@code du Mexique}, {@code des États-Unis});
 * titles that name the addressee before the sender ({@code adressée au … par …}).
 *
 * <p>Confidence: dates, headings, the note-verbale title and the singular footnote are from a
 * sample; the letter title, the plural footnote and the country-article exceptions are the
 * author's, following standard French usage.
 */
package org.dossier.lang.fr;
