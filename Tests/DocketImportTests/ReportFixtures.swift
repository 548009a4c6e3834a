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

    /// Labels in columns with their values on the next line, another authority's number beside
    /// the report's own, the officer under a label of their own and surname first, an addressee
    /// before the title, a lead-in "föreslås besluta" with att clauses, the end's lists, two
    /// signatures in columns, and a page's number and footer without a form feed.
    static let columnHeader = """
                                                                  TJÄNSTESKRIVELSE
    SOCIALFÖRVALTNINGEN                                           1 (3)

    Datum              Vår beteckning            Er beteckning
    2019-03-04         SN 2019/0123              Lst 505-1234-2019

    Handläggare
    Lindqvist, Karin
    08-508 36 112

    Socialnämnden

    Ersättning till familjehem 2019

    Socialnämnden föreslås besluta

    att anta riktlinjerna för ersättning till familjehem enligt bilaga 1, och

    att riktlinjerna gäller från och med den 1 april 2019.

    Sammanfattning
    Förvaltningen har sett över ersättningarna till familjehem och föreslår nya
    riktlinjer som följer Sveriges Kommuner och Regioners rekommendationer.

    ÅSBRO KOMMUN                                                  2 (3)
    Postadress: Box 1, 123 45 Åsbro     Telefon: 0123-45 00 00     www.asbro.se

    Beslutsunderlag
    Tjänsteskrivelse den 4 mars 2019
    Riktlinjer för ersättning till familjehem, bilaga 1

    Beslutet skickas till
    Individ- och familjeomsorgen
    Ekonomienheten

    Karin Lindqvist                      Per Ek
    Socialdirektör                       Enhetschef
    """

    /// The date in words, an ärendenummer, a lead-in "föreslår kommunfullmäktige besluta" with
    /// dash items, the officer only in the page's footer, "[PDF page 2 of 2]" and the title
    /// repeated at the top of the next page without a form feed.
    static let footerOfficer = """
    KOMMUNSTYRELSEN
    Kommunledningskontoret

    Tjänsteskrivelse
    Datum: den 3 mars 2019
    Ärendenummer KS-2019-0042

    Policy för digital tillgänglighet

    Kommunstyrelsen föreslår kommunfullmäktige besluta

    - Policy för digital tillgänglighet antas.
    - Policyn gäller från och med den 1 juli 2019.

    Ärendet
    Kommunen ska enligt lagen om tillgänglighet till digital offentlig service
    göra sina webbplatser tillgängliga.

    Handläggare: Maria Holm, Telefon 0123-45 12 34, www.kommunen.se
    [PDF page 2 of 2]
    Policy för digital tillgänglighet

    Förvaltningens bedömning
    Förvaltningen bedömer att policyn behövs.

    Beslut sänds till
    Kommunfullmäktige

    Eva Berg
    Kommundirektör
    """
}
