/// Reports in the shapes real ones come in, written for these tests: the header
/// layouts, diary-number forms, PDF damage and missing parts the importer must handle.
enum ReportFixtures {
    /// One paragraph a line, as a document system exports it; the shape of a Stockholm report of 2004.
    static let answerToSkrivelse = """



    Avdelningen för stöd och service

    ÄLDREFÖRVALTNINGEN

    Handläggare: Karin Lindqvist
    Tfn: 08-508 36 112

    TJÄNSTEUTLÅTANDE
    2005-02-14

    ÄLDRENÄMNDEN
    2005-03-10
    DNR 204-117/2004

    Till
    Äldrenämnden

    Seniorträffar i ytterstaden

    Svar på skrivelse från Britt Molander (v)
    (1 bilaga)

    Förslag till beslut

    Äldrenämnden hänvisar till förvaltningens tjänsteutlåtande som svar på skrivelsen.

    Gunilla Hed

    Per-Olof Sandberg

    Sammanfattning

    Träffpunkter för äldre finns i alla stadsdelar. Förvaltningen ser inget behov av särskilda seniorträffar i ytterstaden.

    Bakgrund

    Äldrenämnden överlämnade vid sammanträdet den 18 november 2004 till äldreförvaltningen för beredning en skrivelse från Britt Molander (v) om seniorträffar.

    Förvaltningens synpunkter

    Träffpunkterna samarbetar med Röda Korset, PRO-föreningarna och kyrkorna. Den 12 april hålls ett öppet möte för alla intresserade. Inom ramen för arbetet med Kultur-

    ombuden (en satsning som började 2003) ordnas också utflykter.

    Bilaga

    Skrivelse från Britt Molander (v) om seniorträffar.
    """

    /// Extracted by `pdftotext -layout`: indented, wrapped lines, page numbers, a header on every page, numbered points.
    static let layoutWithPages = """
         KOMMUNLEDNINGSKONTORET                                   TJÄNSTESKRIVELSE
         Ekonomiavdelningen                                       2016-04-02
         Handläggare: Jonas Berg                                  Dnr: KSN-2015-1345
         Tel. 018-727 00 00

         KOMMUNSTYRELSEN

         Till Kommunstyrelsen

         Budgetramar för 2017
         (2 bilagor)

         Förslag till beslut
         1. Kommunstyrelsen föreslår kommunfullmäktige att fastställa budgetramar
            för 2017 enligt bilaga 1.
         2. Kommunstyrelsen uppdrar åt kommundirektören att återkomma med en
            plan för uppföljning.

         Anna Forsell
         Kommundirektör

         Ärendet
         Kommunfullmäktige beslutade den 14 december 2015 om mål och budget för
         2016. Ramarna för 2017 bygger på den planen och på HIV-
         mottagningens nya uppdrag.
                                                                          Sida 1 (2)
    \u{0C}     KOMMUNLEDNINGSKONTORET                                   TJÄNSTESKRIVELSE
         Ekonomiska konsekvenser
         Ramarna ryms inom det
         finansiella målet.

         Bilagor
         1. Budgetramar 2017
                                                                          Sida 2 (2)
    """

    /// "att" clauses, headings no list knows, a diary number under another label, no addressee.
    static let attClausesNoAddressee = """
    SOCIALFÖRVALTNINGEN
    Individ- och familjeomsorgen

    TJÄNSTESKRIVELSE
    2018-03-12

    SOCIALNÄMNDEN
    2018-03-28
    Diarienummer: KS 2018/124

    Riktlinjer för ekonomiskt bistånd

    Förslag till beslut

    att anta riktlinjer för ekonomiskt bistånd enligt förvaltningens förslag,

    att riktlinjerna gäller från och med den 1 maj 2018.

    Lena Ek

    Ekonomiska konsekvenser

    Förslaget ryms inom nämndens budget.

    Jämställdhetsanalys

    Riktlinjerna gäller lika för alla sökande.

    Beslutsunderlag

    Tjänsteskrivelse den 12 mars 2018.
    """

    /// Missing parts: no diary number, no proposal, no report date.
    static let missingParts = """
    MILJÖFÖRVALTNINGEN

    Till Miljönämnden

    Information om tillsyn av förskolor

    Sammanfattning

    Förvaltningen har under året gjort tillsyn på 40 förskolor. Återkoppling ges den 3 juni.
    """
}
