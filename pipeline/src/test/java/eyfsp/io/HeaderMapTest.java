package eyfsp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eyfsp.domain.InputRefusedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderMapTest {

  private static final List<String> REQUIRED = List.of("upn", "sex");
  private static final Map<String, List<String>> ALIASES = Map.of("sex", List.of("gender"));

  private static HeaderMap resolve(String... header) {
    return HeaderMap.resolve("eyfsp/x.csv", List.of(header), REQUIRED, List.of("notes"),
        c -> ALIASES.getOrDefault(c, List.of()));
  }

  @Test
  void matchesNamesInAnyCaseAndOrderIgnoringUnknownColumns() {
    HeaderMap header = resolve(" Sex ", "extra", "UPN");
    assertThat(header.indexOf("upn")).isEqualTo(2);
    assertThat(header.indexOf("sex")).isZero();
    assertThat(header.has("notes")).isFalse();
    assertThat(header.value(List.of(" F ", "?", "P207000016049"), "sex")).isEqualTo("F");
    assertThat(header.value(List.of("F", "?", "P207000016049"), "notes")).isEmpty();
  }

  @Test
  void mapsAliasesFromConf() {
    assertThat(resolve("upn", "GENDER").indexOf("sex")).isEqualTo(1);
  }

  @Test
  void refusesAFileWithoutARequiredColumnNamingFileAndColumn() {
    assertThatThrownBy(() -> resolve("upn", "dob"))
        .isInstanceOf(InputRefusedException.class)
        .hasMessage("eyfsp/x.csv, line 1: the header has no column 'sex'.");
  }

  @Test
  void guessesASemicolonSeparatedFile() {
    assertThatThrownBy(() -> resolve("upn;sex"))
        .hasMessageContaining("separated by semicolons");
  }

  @Test
  void refusesAColumnNamedTwice() {
    assertThatThrownBy(() -> resolve("upn", "sex", "Gender"))
        .isInstanceOf(InputRefusedException.class)
        .hasMessage("eyfsp/x.csv, line 1: column 'sex' appears twice in the header (columns 2 and 3).");
  }
}
