package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.dossier.model.DocumentRecord;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

  @Test
  void writesContractStringsIsoDatesAndFieldOrder() {
    String json = RecordJson.toJsonLine(Records.full());

    assertThat(json)
        .startsWith("{\"source\":\"in/kenya.txt\",\"symbol\":\"A/HRC/46/G/5\",\"symbols\":[")
        .contains("\"language\":\"fr\",\"originalLanguage\":\"en\"")
        .contains("\"session\":{\"number\":46,\"start\":\"2021-02-22\",\"end\":\"2021-03-24\"}")
        .contains(
            "\"distribution\":\"General\",\"issueDate\":\"2021-03-10\",\"docType\":\"letter\"")
        .contains(
            "\"annexes\":[{\"title\":\"Statement of the Ministry\",\"language\":\"en\","
                + "\"reproducedAsReceived\":true}]")
        .endsWith("\"code\":\"masthead.date\",\"message\":\"unreadable date: 31 février 2021\"}]}");
  }

  @Test
  void unknownsAreNullAndEmptyLists() {
    String json = RecordJson.toJsonLine(DocumentRecord.builder("x").build());

    assertThat(json)
        .isEqualTo(
            "{\"source\":\"x\",\"symbol\":null,\"symbols\":[],\"language\":null,"
                + "\"originalLanguage\":null,\"organ\":null,\"body\":null,\"session\":null,"
                + "\"agendaItems\":[],\"distribution\":null,\"issueDate\":null,\"docType\":null,"
                + "\"title\":null,\"titleDate\":null,\"sender\":null,\"addressee\":null,"
                + "\"country\":null,\"jobNumber\":null,\"annexes\":[],\"citations\":[],"
                + "\"footnotes\":[],\"warnings\":[]}");
  }

  @Test
  void readsBackWhatItWrites() throws Exception {
    DocumentRecord record = Records.full();

    assertThat(RecordJson.read(RecordJson.toPrettyJson(record))).isEqualTo(record);
    List<DocumentRecord> lines =
        RecordJson.readLines(
            new StringReader(
                RecordJson.toJsonLine(record) + "\n\n" + RecordJson.toJsonLine(record)));
    assertThat(lines).containsExactly(record, record);
  }

  @Test
  void badInputNamesTheLineAndField() {
    assertThatThrownBy(() -> RecordJson.readLines(new StringReader("{}\n{\"docType\":\"memo\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 2: field 'docType' has an unknown value 'memo'");
    assertThatThrownBy(() -> RecordJson.read("{\"issueDate\":\"6 May 2020\"}"))
        .hasMessage("field 'issueDate' must be an ISO date (yyyy-mm-dd), got '6 May 2020'");
    assertThatThrownBy(() -> RecordJson.read("[1]")).hasMessage("a record must be a JSON object");
  }
}
