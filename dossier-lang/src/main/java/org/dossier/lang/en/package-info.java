/**
 * English: {@code 6 May 2020}; ranges {@code 9–27 September 2019}, {@code 24 February–20 March
 * 2020} (en dash); {@code Forty-third session}; {@code Agenda items 13 and 115}, {@code Item 12 of
 * the provisional agenda}; {@code Distr.: General}; {@code Original: English}; UN short names with
 * "the" where the UN uses it ({@code of the Niger}); {@code Note verbale dated … from … addressed
 * to …}.
 *
 * <p>Confidence: masthead forms and the note-verbale title are from samples and the UN editorial
 * manual; the letter title follows the same pattern but is unverified; the footnote wording "The
 * annex is reproduced as received, in the language of submission only." is modelled on the plural
 * form found in A/HRC/23/19.
 */
package org.dossier.lang.en;
