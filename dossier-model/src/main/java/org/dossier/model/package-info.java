/**
 * The vocabulary of United Nations parliamentary documentation, as immutable, validated values with
 * no dependencies.
 *
 * <ul>
 *   <li>{@link org.dossier.model.Symbol} identifies a document ({@code A/HRC/43/G/17}): parsed
 *       strictly by {@link org.dossier.model.Symbol#parse(String)}, which throws an {@link
 *       org.dossier.model.InvalidSymbolException} naming the input, the component and the form
 *       expected, or leniently by {@link org.dossier.model.Symbol#tryParse(String)}. A symbol knows
 *       its series, session, {@link org.dossier.model.TypeMarker document type}, number and {@link
 *       org.dossier.model.SymbolModifier modifier chain}, its family ({@code base()}, {@code
 *       parent()}), the distribution it implies, its library file name and its AKN4UN form.
 *   <li>{@link org.dossier.model.Language} is one of the six official languages, with the names
 *       each gives the others; {@link org.dossier.model.Body} a UN body with its names in the six,
 *       its parent and its symbol series; {@link org.dossier.model.Distribution} and {@link
 *       org.dossier.model.DocType} classify documents.
 *   <li>{@link org.dossier.model.Session}, {@link org.dossier.model.AgendaItem}, {@link
 *       org.dossier.model.LanguageVersion} and {@link org.dossier.model.Document} are the
 *       catalogue's entities: a body meets in sessions with agenda items; a document has language
 *       versions, a family of addenda, corrigenda and revisions, and citations.
 *   <li>{@link org.dossier.model.DocumentRecord} is the contract of {@code dossier parse}: what was
 *       read from one language version, as printed.
 * </ul>
 *
 * <p>Constructors reject invalid values with an {@link IllegalArgumentException} whose message
 * names the field ({@code "Session.end 2020-02-24 is before Session.start 2020-03-20"}). Lookups
 * that may find nothing return {@link java.util.Optional}.
 */
package org.dossier.model;
