package org.dossier.catalogue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Language;

/**
 * The catalogue as one reader may see it ({@link Catalogue#readerFor}): every read goes through the
 * reader's {@link org.dossier.model.Visibility}, in the SQL itself. A document the reader may not
 * see is absent, exactly as if it did not exist: not found by symbol, key or id, not listed, not a
 * family member or base, and a citation of it stays unresolved, as a citation of a document never
 * catalogued does.
 */
public interface CatalogueReader {

  /** The visible document answering to {@code symbolOrKey}. */
  Optional<CataloguedDocument> find(String symbolOrKey);

  /** The visible document with this identifier. */
  Optional<CataloguedDocument> document(long id);

  /** The current versions of a visible document; none for one not visible. */
  List<CataloguedVersion> currentVersions(long documentId);

  /** Every revision of a visible document's version in {@code language}. */
  List<CataloguedVersion> revisions(long documentId, Language language);

  /** The visible document this one extends, if both are visible. */
  Optional<CataloguedDocument> familyBase(long documentId);

  /** The visible addenda, corrigenda, revisions… of a visible document. */
  List<CataloguedDocument> familyMembers(long documentId);

  /** What a visible document cites; a citation of a document not visible is unresolved. */
  List<CitationEdge> cites(long documentId);

  /** The citations of a visible document by visible documents. */
  List<CitationEdge> citedBy(long documentId);

  /** One page of visible documents, as {@link Catalogue#documents}. */
  List<CataloguedDocument> documents(DocumentFilter filter, long afterId, int limit);

  /** The visible documents issued under an agenda item. */
  List<CataloguedDocument> documentsUnder(long agendaItemId);

  /** The visible documents of a session. */
  List<CataloguedDocument> documentsOfSession(long sessionId);
}
