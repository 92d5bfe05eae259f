package org.docedition.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.docedition.model.Problem;
import org.junit.jupiter.api.Test;

/** Issue 18.1: the authority files are read by column name, and each bad row is reported with its line. */
class AuthorityFilesTest {

    @Test
    void persons_quotedCommaAndColumnsInAnyOrder_read() {
        List<Problem> problems = new ArrayList<>();
        PersonsFile f = PersonsFile.parse("p.csv", List.of(
                "# comment", "role,name,id,viaf,wikidata,source",
                "\"Minister, later Premier\",Zhou Enlai,zhou-enlai,12345,Q16977,https://a.example/ | Britannica"), problems);
        assertEquals(List.of(), problems);
        var p = f.persons().get(0);
        assertEquals(3, p.line());
        assertEquals("Minister, later Premier", p.person().role());
        assertEquals("https://www.wikidata.org/wiki/Q16977", p.person().wikidataUrl());
        assertEquals("https://viaf.org/viaf/12345", p.person().viafUrl());
        assertEquals(List.of("https://a.example/", "Britannica"), p.person().sources());
    }

    @Test
    void persons_oldThreeColumnFormWithoutHeader_stillRead() {
        List<Problem> problems = new ArrayList<>();
        PersonsFile f = PersonsFile.parse("p.csv", List.of("# old", "zhu-de,Zhu De,ZhuDe|Chu Teh"), problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of("ZhuDe", "Chu Teh"), f.persons().get(0).variants());
    }

    @Test
    void persons_duplicateIdBadDateUnknownColumn_reportedWithLines() {
        List<Problem> problems = new ArrayList<>();
        PersonsFile f = PersonsFile.parse("p.csv", List.of(
                "id,name,born,colour", "a-b,A B,1894-02-30,red", "a-b,A B again,,", "c-d,C D,1901,"), problems);
        assertEquals(2, f.persons().size());
        assertEquals("", f.persons().get(0).person().born());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 1 && p.message().contains("'colour'")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 2 && p.message().contains("not a date")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 3 && p.message().contains("listed twice")), problems::toString);
    }

    @Test
    void places_coordinatesOutOfRange_reportedAndLeftEmpty() {
        List<Problem> problems = new ArrayList<>();
        PlacesFile f = PlacesFile.parse("pl.csv", "id,name,latitude,longitude,current_name\n"
                + "alma-ata,Alma-Ata,43.24,76.95,Almaty\npeking,Peking,95,116.4,\n", problems);
        assertEquals("Almaty", f.places().get(0).place().currentName());
        assertTrue(f.places().get(0).place().hasCoordinates());
        assertEquals("", f.places().get(1).place().latitude());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 3 && p.message().contains("latitude")), problems::toString);
    }

    @Test
    void headerWithoutName_isAnError() {
        List<Problem> problems = new ArrayList<>();
        PlacesFile.parse("pl.csv", "id,title\nx,Y\n", problems);
        assertTrue(problems.stream().anyMatch(p -> p.severity() == org.docedition.model.Severity.ERROR), problems::toString);
    }
}
