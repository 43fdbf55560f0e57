<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CellEditPlanner</name>
    <message>
        <source>This account has no ad group with id %1.</source>
        <translation>Dieses Konto hat keine Anzeigengruppe mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 cannot be changed here.</source>
        <translation>%1 kann hier nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gebot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Targeting</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>Budgettyp</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Abrechnungsereignis</translation>
    </message>
    <message>
        <source>Bid strategy</source>
        <translation>Gebotsstrategie</translation>
    </message>
    <message>
        <source>Bid multiplier</source>
        <translation>Gebotsmultiplikator</translation>
    </message>
    <message>
        <source>Lifetime frequency cap</source>
        <translation>Frequenzobergrenze (Laufzeit)</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Auslieferungstempo</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Auto targeting</source>
        <translation>Automatisches Targeting</translation>
    </message>
    <message>
        <source>Tracking URLs</source>
        <translation>Tracking-URLs</translation>
    </message>
    <message>
        <source>Optimization goal</source>
        <translation>Optimierungsziel</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Targeting template</source>
        <translation>Targeting-Vorlage</translation>
    </message>
    <message>
        <source>Creative optimization</source>
        <translation>Creative-Optimierung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>Gebot %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation>Gesendet, nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>EditingSheet</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EnumWords</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Deleted draft</source>
        <translation>Gelöschter Entwurf</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Disabled by advertiser</source>
        <translation>Vom Werbetreibenden deaktiviert</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Laufzeitbudget</translation>
    </message>
    <message>
        <source>Campaign budget</source>
        <translation>Kampagnenbudget</translation>
    </message>
    <message>
        <source>Automatic bid</source>
        <translation>Automatisches Gebot</translation>
    </message>
    <message>
        <source>Maximum bid</source>
        <translation>Maximalgebot</translation>
    </message>
    <message>
        <source>Target average cost</source>
        <translation>Durchschnittliche Zielkosten</translation>
    </message>
    <message>
        <source>Click (CPC)</source>
        <translation>Klick (CPC)</translation>
    </message>
    <message>
        <source>Impression (CPM)</source>
        <translation>Impression (CPM)</translation>
    </message>
    <message>
        <source>Video view (CPV)</source>
        <translation>Videoaufruf (CPV)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Accelerated</source>
        <translation>Beschleunigt</translation>
    </message>
    <message>
        <source>All placements</source>
        <translation>Alle Platzierungen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Browse (home feed)</source>
        <translation>Browsen (Home-Feed)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Anzeigengruppe</translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation>Markenbekanntheit</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Erwägung</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Catalog sales</source>
        <translation>Katalogverkäufe</translation>
    </message>
    <message>
        <source>Video completion</source>
        <translation>Vollständige Videowiedergaben</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Shopping</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Karussell</translation>
    </message>
    <message>
        <source>Max. width video</source>
        <translation>Video in maximaler Breite</translation>
    </message>
    <message>
        <source>Shop the Pin</source>
        <translation>Shop the Pin</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Showcase</source>
        <translation>Showcase</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Collage</source>
        <translation>Collage</translation>
    </message>
    <message>
        <source>Max. width collection</source>
        <translation>Kollektion in maximaler Breite</translation>
    </message>
    <message>
        <source>Max. width video collection</source>
        <translation>Videokollektion in maximaler Breite</translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation>Seitenbesuch</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Benutzerdefiniertes Ereignis</translation>
    </message>
    <message>
        <source>View category</source>
        <translation>Kategorie angesehen</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>In den Warenkorb</translation>
    </message>
    <message>
        <source>Watch video</source>
        <translation>Video angesehen</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>App install</source>
        <translation>App-Installation</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>20 minutes</source>
        <translation>20 Minuten</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Choose your own</source>
        <translation>Eigene Auswahl</translation>
    </message>
    <message>
        <source>Find new customers</source>
        <translation>Neue Kunden finden</translation>
    </message>
    <message>
        <source>Reconnect with users</source>
        <translation>Nutzer erneut ansprechen</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Targeted interest</source>
        <translation>Gezieltes Interesse</translation>
    </message>
    <message>
        <source>Pinner interest</source>
        <translation>Pinner-Interesse</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation>Alter und Geschlecht</translation>
    </message>
    <message>
        <source>Creative enhancements</source>
        <translation>Creative-Verbesserungen</translation>
    </message>
    <message>
        <source>Gender not known</source>
        <translation>Geschlecht unbekannt</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>Android phones</source>
        <translation>Android-Smartphones</translation>
    </message>
    <message>
        <source>Android tablets</source>
        <translation>Android-Tablets</translation>
    </message>
    <message>
        <source>iPad</source>
        <translation>iPad</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Web (desktop)</source>
        <translation>Web (Desktop)</translation>
    </message>
    <message>
        <source>Mobile web</source>
        <translation>Mobiles Web</translation>
    </message>
    <message>
        <source>Broad</source>
        <translation>Weitgehend passend</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Passende Wortgruppe</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Genau passend</translation>
    </message>
    <message>
        <source>Negative exact</source>
        <translation>Genau passend (ausschließend)</translation>
    </message>
    <message>
        <source>Negative phrase</source>
        <translation>Passende Wortgruppe (ausschließend)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Reach and frequency</source>
        <translation>Reichweite und Frequenz</translation>
    </message>
    <message>
        <source>Scroll-ups</source>
        <translation>Scroll-ups</translation>
    </message>
</context>
<context>
    <name>PasteBlock</name>
    <message>
        <source>%1 cannot be edited in the table; those pasted values were left out.</source>
        <translation>%1 kann in der Tabelle nicht bearbeitet werden; diese eingefügten Werte wurden ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s) went past the last ad group shown and were left out.</source>
        <translation>
            <numerusform>%n eingefügte Zeile reichte über die letzte angezeigte Anzeigengruppe hinaus und wurde ausgelassen.</numerusform>
            <numerusform>%n eingefügte Zeilen reichten über die letzte angezeigte Anzeigengruppe hinaus und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted columns past the last column shown were left out.</source>
        <translation>Eingefügte Spalten hinter der letzten angezeigten Spalte wurden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>PendingCreateEditor</name>
    <message>
        <source>Fix new ad group &quot;%1&quot;</source>
        <translation>Neue Anzeigengruppe „%1“ korrigieren</translation>
    </message>
    <message>
        <source>Pinterest refused this new ad group: %1
Fix it here; OK keeps it as the same pending change, to post again.</source>
        <translation>Pinterest hat diese neue Anzeigengruppe abgelehnt: %1
Korrigieren Sie sie hier; mit OK bleibt sie dieselbe ausstehende Änderung und wird erneut veröffentlicht.</translation>
    </message>
    <message>
        <source>This new ad group is waiting to be posted; OK keeps your edits in the same pending change.</source>
        <translation>Diese neue Anzeigengruppe wartet auf die Veröffentlichung; mit OK bleiben Ihre Bearbeitungen in derselben ausstehenden Änderung.</translation>
    </message>
</context>
<context>
    <name>SheetFields</name>
    <message>
        <source>Ad group ID</source>
        <translation>Anzeigengruppen-ID</translation>
    </message>
    <message>
        <source>Ad account ID</source>
        <translation>Werbekonto-ID</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>Budgettyp</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gebot</translation>
    </message>
    <message>
        <source>Bid strategy</source>
        <translation>Gebotsstrategie</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Abrechnungsereignis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Auslieferungstempo</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Auto targeting</source>
        <translation>Automatisches Targeting</translation>
    </message>
    <message>
        <source>Lifetime frequency cap</source>
        <translation>Frequenzobergrenze (Laufzeit)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>SheetImportPlan</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Column %1 has no header; it is ignored.</source>
        <translation>Spalte %1 hat keine Überschrift; sie wird übergangen.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not an ad group field; it is ignored.</source>
        <translation>Spalte „%1“ ist kein Feld einer Anzeigengruppe; sie wird übergangen.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is the second %2 column; it is ignored.</source>
        <translation>Spalte „%1“ ist die zweite Spalte %2; sie wird übergangen.</translation>
    </message>
    <message>
        <source>%1 is in %2, but the ad account&apos;s money is in %3; amounts are not converted.</source>
        <translation>%1 ist in %2, das Werbekonto rechnet aber in %3; Beträge werden nicht umgerechnet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone, so the times of this column cannot be read.</source>
        <translation>%1: „%2“ ist keine Zeitzone, daher können die Zeiten dieser Spalte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The row is of ad account %1, not of the open ad account %2.</source>
        <translation>Die Zeile gehört zum Werbekonto %1, nicht zum geöffneten Werbekonto %2.</translation>
    </message>
    <message>
        <source>Ad group %1 is in line %2 already; an ad group may be in the sheet once.</source>
        <translation>Anzeigengruppe %1 steht schon in Zeile %2; jede Anzeigengruppe darf nur einmal in der Tabelle stehen.</translation>
    </message>
    <message>
        <source>The open ad account has no ad group with id %1; is the row of another ad account?</source>
        <translation>Das geöffnete Werbekonto hat keine Anzeigengruppe mit der ID %1; gehört die Zeile zu einem anderen Werbekonto?</translation>
    </message>
    <message>
        <source>The ad group is in campaign %1, not %2; an ad group cannot move to another campaign.</source>
        <translation>Die Anzeigengruppe gehört zur Kampagne %1, nicht %2; eine Anzeigengruppe kann nicht in eine andere Kampagne wechseln.</translation>
    </message>
    <message>
        <source>The open ad account has no campaign with id %1.</source>
        <translation>Das geöffnete Werbekonto hat keine Kampagne mit der ID %1.</translation>
    </message>
    <message>
        <source>The open ad account has no campaign named &quot;%1&quot;.</source>
        <translation>Das geöffnete Werbekonto hat keine Kampagne namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) are named &quot;%1&quot;; give the Campaign ID instead.</source>
        <translation>
            <numerusform>%n Kampagne heißt „%1“; geben Sie stattdessen die Kampagnen-ID an.</numerusform>
            <numerusform>%n Kampagnen heißen „%1“; geben Sie stattdessen die Kampagnen-ID an.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new ad group (a row without ad group ID) needs its campaign: a Campaign ID or a campaign name.</source>
        <translation>Eine neue Anzeigengruppe (eine Zeile ohne Anzeigengruppen-ID) braucht ihre Kampagne: eine Kampagnen-ID oder einen Kampagnennamen.</translation>
    </message>
    <message>
        <source>A new ad group needs a name.</source>
        <translation>Eine neue Anzeigengruppe braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field.</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen eines Felds.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file holds no table: not even a header row.</source>
        <translation>Die Datei enthält keine Tabelle, nicht einmal eine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>SheetValueCodec</name>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: ids are digits only (a spreadsheet may have turned it into a number; format the column as text).</source>
        <translation>„%1“ ist keine ID: IDs bestehen nur aus Ziffern (eine Tabellenkalkulation hat sie vielleicht in eine Zahl verwandelt; formatieren Sie die Spalte als Text).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 has.</source>
        <translation>„%1“ hat mehr Nachkommastellen als %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; write it like %2 or %3.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit; schreiben Sie es wie %2 oder %3.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks change then).</source>
        <translation>%1 gibt es in %2 nicht (dann wird die Uhr umgestellt).</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither %2 nor %3.</source>
        <translation>„%1“ ist weder %2 noch %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation>„%1“ ist keine ganze Zahl ab null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed for %2; choose one of: %3.</source>
        <translation>„%1“ ist für %2 nicht zulässig; wählen Sie einen von: %3.</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>CSV for spreadsheets, as shown</source>
        <translation>CSV für Tabellenkalkulationen, wie angezeigt</translation>
    </message>
    <message>
        <source>CSV for tools, with codes and every column</source>
        <translation>CSV für Tools, mit Codes und allen Spalten</translation>
    </message>
</context>
<context>
    <name>TargetingDescriber</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 and over</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>people of unspecified gender</source>
        <translation>Personen ohne Angabe des Geschlechts</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>iPad</source>
        <translation>iPad</translation>
    </message>
    <message>
        <source>Android phones</source>
        <translation>Android-Smartphones</translation>
    </message>
    <message>
        <source>Android tablets</source>
        <translation>Android-Tablets</translation>
    </message>
    <message>
        <source>desktop web</source>
        <translation>Desktop-Web</translation>
    </message>
    <message>
        <source>mobile web</source>
        <translation>mobiles Web</translation>
    </message>
    <message>
        <source>Ages %1.</source>
        <translation>Alter: %1.</translation>
    </message>
    <message>
        <source>Age groups: %1.</source>
        <translation>Altersgruppen: %1.</translation>
    </message>
    <message>
        <source>Locations: %1.</source>
        <translation>Standorte: %1.</translation>
    </message>
    <message>
        <source>Regions: %1.</source>
        <translation>Regionen: %1.</translation>
    </message>
    <message>
        <source>Languages: %1.</source>
        <translation>Sprachen: %1.</translation>
    </message>
    <message>
        <source>Interests: %1.</source>
        <translation>Interessen: %1.</translation>
    </message>
    <message>
        <source>Includes audiences %1.</source>
        <translation>Schließt Zielgruppen ein: %1.</translation>
    </message>
    <message>
        <source>Excludes audiences %1.</source>
        <translation>Schließt Zielgruppen aus: %1.</translation>
    </message>
    <message>
        <source>Devices: %1.</source>
        <translation>Geräte: %1.</translation>
    </message>
    <message>
        <source>Strategy: %1.</source>
        <translation>Strategie: %1.</translation>
    </message>
    <message>
        <source>Shopping retargeting: people who engaged in the last day</source>
        <translation>Shopping-Retargeting: Personen, die am letzten Tag interagiert haben</translation>
    </message>
    <message>
        <source>, except the last day</source>
        <translation>, außer am letzten Tag</translation>
    </message>
    <message>
        <source>Other targeting: %1.</source>
        <translation>Weiteres Targeting: %1.</translation>
    </message>
    <message>
        <source>Everyone: no targeting restrictions.</source>
        <translation>Alle: keine Einschränkungen durch Targeting.</translation>
    </message>
    <message>
        <source>%1 (tag types %2)</source>
        <translation>%1 (Tag-Typen %2)</translation>
    </message>
    <message numerus="yes">
        <source>Shopping retargeting: people who engaged in the last %n day(s)</source>
        <translation>
            <numerusform>Shopping-Retargeting: Personen, die am letzten Tag interagiert haben</numerusform>
            <numerusform>Shopping-Retargeting: Personen, die in den letzten %n Tagen interagiert haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, except the last %n day(s)</source>
        <translation>
            <numerusform>, außer am letzten Tag</numerusform>
            <numerusform>, außer in den letzten %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>The workbook could not be created.</source>
        <translation>Die Arbeitsmappe konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Ad groups</source>
        <translation>Anzeigengruppen</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Die Arbeitsmappe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AccountMenuController</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>Ver&amp;binden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No saved sign-ins</source>
        <translation>Keine gespeicherten Anmeldungen</translation>
    </message>
    <message>
        <source>Sign &amp;Out %1</source>
        <translation>%1 ab&amp;melden</translation>
    </message>
    <message>
        <source>S&amp;witch User</source>
        <translation>Benutzer &amp;wechseln</translation>
    </message>
</context>
<context>
    <name>pinstripe::AccountSwitcher</name>
    <message>
        <source>A&amp;ccount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Ad account</source>
        <translation>Werbekonto</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Inhaber %1</translation>
    </message>
    <message>
        <source>Type a name or id</source>
        <translation>Name oder ID eingeben</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupAnalyticsRequest</name>
    <message>
        <source>Loading ad group analytics</source>
        <translation>Analysedaten der Anzeigengruppen werden geladen</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupBrowser</name>
    <message numerus="yes">
        <source>%n ad group(s) loaded.</source>
        <translation>
            <numerusform>%n Anzeigengruppe geladen.</numerusform>
            <numerusform>%n Anzeigengruppen geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled; %n ad group(s) shown.</source>
        <translation>
            <numerusform>Laden abgebrochen; %n Anzeigengruppe angezeigt.</numerusform>
            <numerusform>Laden abgebrochen; %n Anzeigengruppen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Export Selected Ad Groups</source>
        <translation>Ausgewählte Anzeigengruppen exportieren</translation>
    </message>
    <message>
        <source>Export Ad Groups</source>
        <translation>Anzeigengruppen exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>ad-groups-%1</source>
        <translation>anzeigengruppen-%1</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupDetailsPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Ad group details</source>
        <translation>Details der Anzeigengruppe</translation>
    </message>
    <message>
        <source>Select an ad group to see its details.</source>
        <translation>Wählen Sie eine Anzeigengruppe aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Loading ad group %1…</source>
        <translation>Anzeigengruppe %1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not load ad group %1.</source>
        <translation>Anzeigengruppe %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Budget and bidding</source>
        <translation>Budget und Gebote</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>Budgettyp</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gebot</translation>
    </message>
    <message>
        <source>Bid strategy</source>
        <translation>Gebotsstrategie</translation>
    </message>
    <message>
        <source>Bid multiplier</source>
        <translation>Gebotsmultiplikator</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Abrechnungsereignis</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Auslieferungstempo</translation>
    </message>
    <message>
        <source>Conversion learning mode</source>
        <translation>Conversion-Lernmodus</translation>
    </message>
    <message>
        <source>Schedule and delivery</source>
        <translation>Zeitplan und Auslieferung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Kein Enddatum</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Auto targeting</source>
        <translation>Automatisches Targeting</translation>
    </message>
    <message>
        <source>Lifetime frequency cap</source>
        <translation>Frequenzobergrenze (Laufzeit)</translation>
    </message>
    <message>
        <source>Creative optimization</source>
        <translation>Creative-Optimierung</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Promotion applies to</source>
        <translation>Aktion gilt für</translation>
    </message>
    <message>
        <source>Targeting template</source>
        <translation>Targeting-Vorlage</translation>
    </message>
    <message>
        <source>Catalog feed profile</source>
        <translation>Katalog-Feed-Profil</translation>
    </message>
    <message>
        <source>Optimization goal</source>
        <translation>Optimierungsziel</translation>
    </message>
    <message>
        <source>Conversion event</source>
        <translation>Conversion-Ereignis</translation>
    </message>
    <message>
        <source>Reporting event</source>
        <translation>Berichtsereignis</translation>
    </message>
    <message>
        <source>Conversion tag</source>
        <translation>Conversion-Tag</translation>
    </message>
    <message>
        <source>Target cost per action</source>
        <translation>Zielkosten pro Aktion</translation>
    </message>
    <message>
        <source>Optimizes for return on ad spend</source>
        <translation>Optimierung auf ROAS</translation>
    </message>
    <message>
        <source>Learning mode</source>
        <translation>Lernmodus</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>Attributionszeiträume</translation>
    </message>
    <message>
        <source>Frequency goal</source>
        <translation>Frequenzziel</translation>
    </message>
    <message>
        <source>%1 impressions per person per %2</source>
        <translation>%1 Impressionen pro Person je %2</translation>
    </message>
    <message>
        <source>Scroll-up goal</source>
        <translation>Scroll-up-Ziel</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Targeting</translation>
    </message>
    <message>
        <source>Tracking URLs</source>
        <translation>Tracking-URLs</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Buyable button</source>
        <translation>Kaufen-Button</translation>
    </message>
    <message>
        <source>Audience verification</source>
        <translation>Zielgruppenverifizierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Pinterest asked to wait before more requests. The ad group loads by itself when the wait is over; Retry tries at once.</source>
        <translation>Pinterest hat darum gebeten, vor weiteren Anfragen zu warten. Die Anzeigengruppe wird nach Ablauf der Wartezeit automatisch geladen; „Erneut versuchen“ versucht es sofort.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for Pinterest&apos;s rate limit — trying ad group %1 again in %n s</source>
        <translation>
            <numerusform>Warten auf das Anfragelimit von Pinterest – Anzeigengruppe %1 wird in %n s erneut versucht</numerusform>
            <numerusform>Warten auf das Anfragelimit von Pinterest – Anzeigengruppe %1 wird in %n s erneut versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>click %1, engagement %2, view %3</source>
        <translation>Klick %1, Interaktion %2, Ansicht %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupEditorDialog</name>
    <message>
        <source>New ad group</source>
        <translation>Neue Anzeigengruppe</translation>
    </message>
    <message>
        <source>Duplicate ad group</source>
        <translation>Anzeigengruppe duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n ad groups</source>
        <translation>
            <numerusform>%n Anzeigengruppe duplizieren</numerusform>
            <numerusform>%n Anzeigengruppen duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ad group &quot;%1&quot;</source>
        <translation>Anzeigengruppe „%1“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n ad groups</source>
        <translation>
            <numerusform>%n Anzeigengruppe bearbeiten</numerusform>
            <numerusform>%n Anzeigengruppen bearbeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first, e.g.: %1</source>
        <translation>
            <numerusform>Zuerst %n Problem beheben, z. B.: %1</numerusform>
            <numerusform>Zuerst %n Probleme beheben, z. B.: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>OK adds the new ad group to the pending changes; nothing is sent until you post.</source>
        <translation>Mit OK wird die neue Anzeigengruppe zu den ausstehenden Änderungen hinzugefügt; gesendet wird erst, wenn Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n field change(s) will be added to the pending changes.</source>
        <translation>
            <numerusform>%n Feldänderung wird zu den ausstehenden Änderungen hinzugefügt.</numerusform>
            <numerusform>%n Feldänderungen werden zu den ausstehenden Änderungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>New ad group &quot;%1&quot;</source>
        <translation>Neue Anzeigengruppe „%1“</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupFilterBar</name>
    <message>
        <source>Filter by name or id (Ctrl+F)</source>
        <translation>Nach Name oder ID filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter ad groups by name or id</source>
        <translation>Anzeigengruppen nach Name oder ID filtern</translation>
    </message>
    <message>
        <source>Show %1 ad groups</source>
        <translation>Anzeigengruppen mit Status „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Pinterest lists these only when asked; turning this on fetches them.</source>
        <translation>Pinterest listet diese nur auf Anfrage auf; beim Einschalten werden sie abgerufen.</translation>
    </message>
    <message>
        <source>&amp;Quick filters</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <source>Saved quick filters</source>
        <translation>Gespeicherte Schnellfilter</translation>
    </message>
    <message>
        <source>Save Quick Filter</source>
        <translation>Schnellfilter speichern</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Name dieses Filters:</translation>
    </message>
    <message>
        <source>&amp;Save Current Filter…</source>
        <translation>Aktuellen Filter &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ad group(s)</source>
        <translation>
            <numerusform>%Ln Anzeigengruppe</numerusform>
            <numerusform>%Ln Anzeigengruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln ad group(s)</source>
        <translation>
            <numerusform>%1 von %Ln Anzeigengruppe</numerusform>
            <numerusform>%1 von %Ln Anzeigengruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupForm</name>
    <message>
        <source>&amp;General</source>
        <translation>A&amp;llgemein</translation>
    </message>
    <message>
        <source>&amp;Budget and bid</source>
        <translation>&amp;Budget und Gebot</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>A&amp;uslieferung</translation>
    </message>
    <message>
        <source>&amp;Optimization goal</source>
        <translation>&amp;Optimierungsziel</translation>
    </message>
    <message>
        <source>Trac&amp;king URLs</source>
        <translation>T&amp;racking-URLs</translation>
    </message>
    <message>
        <source>&amp;Targeting</source>
        <translation>&amp;Targeting</translation>
    </message>
    <message>
        <source>Create ad group &quot;%1&quot;</source>
        <translation>Anzeigengruppe „%1“ erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Create %n ad groups</source>
        <translation>
            <numerusform>%n Anzeigengruppe erstellen</numerusform>
            <numerusform>%n Anzeigengruppen erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ad group &quot;%1&quot;</source>
        <translation>Anzeigengruppe „%1“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n ad groups</source>
        <translation>
            <numerusform>%n Anzeigengruppe bearbeiten</numerusform>
            <numerusform>%n Anzeigengruppen bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ad group(s): %2</source>
        <translation>
            <numerusform>%1 von %n Anzeigengruppe: %2</numerusform>
            <numerusform>%1 von %n Anzeigengruppen: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupRules</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>Choose a campaign.</source>
        <translation>Wählen Sie eine Kampagne.</translation>
    </message>
    <message>
        <source>Choose a billable event.</source>
        <translation>Wählen Sie ein Abrechnungsereignis.</translation>
    </message>
    <message>
        <source>%1 is read-only and cannot be sent when creating.</source>
        <translation>%1 ist schreibgeschützt und kann beim Erstellen nicht gesendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Pinterest id (up to 18 digits).</source>
        <translation>„%1“ ist keine gültige Pinterest-ID (bis zu 18 Ziffern).</translation>
    </message>
    <message>
        <source>Only DRAFT ad groups can change their budget type.</source>
        <translation>Nur Anzeigengruppen im Status DRAFT können ihren Budgettyp ändern.</translation>
    </message>
    <message>
        <source>Only DRAFT ad groups can change their billable event.</source>
        <translation>Nur Anzeigengruppen im Status DRAFT können ihr Abrechnungsereignis ändern.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The budget must be more than zero.</source>
        <translation>Das Budget muss größer als null sein.</translation>
    </message>
    <message>
        <source>Enter a budget: the campaign does not optimize budgets (CBO).</source>
        <translation>Geben Sie ein Budget ein: Die Kampagne optimiert ihr Budget nicht (CBO).</translation>
    </message>
    <message>
        <source>The bid cannot be negative.</source>
        <translation>Das Gebot darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Enter a bid: only the automatic bid strategy works without one.</source>
        <translation>Geben Sie ein Gebot ein: Nur die automatische Gebotsstrategie kommt ohne aus.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of micro-units.</source>
        <translation>Der Betrag muss eine ganze Zahl von Mikroeinheiten sein.</translation>
    </message>
    <message>
        <source>A LIFETIME budget needs an end time.</source>
        <translation>Ein Laufzeitbudget (LIFETIME) braucht eine Endzeit.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>A lifetime frequency cap needs an end time.</source>
        <translation>Eine Frequenzobergrenze für die Laufzeit braucht eine Endzeit.</translation>
    </message>
    <message>
        <source>A lifetime frequency cap works only with the IMPRESSION billable event (CPM).</source>
        <translation>Eine Frequenzobergrenze für die Laufzeit funktioniert nur mit dem Abrechnungsereignis IMPRESSION (CPM).</translation>
    </message>
    <message>
        <source>The bid multiplier must be between 0 and 10.</source>
        <translation>Der Gebotsmultiplikator muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <source>A bid multiplier needs the automatic bid strategy.</source>
        <translation>Ein Gebotsmultiplikator erfordert die automatische Gebotsstrategie.</translation>
    </message>
    <message>
        <source>A promotion id is digits only.</source>
        <translation>Eine Aktions-ID besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>Conversion goal: enter the conversion tag id (digits).</source>
        <translation>Conversion-Ziel: Geben Sie die ID des Conversion-Tags ein (Ziffern).</translation>
    </message>
    <message>
        <source>Conversion goal: choose a conversion event.</source>
        <translation>Conversion-Ziel: Wählen Sie ein Conversion-Ereignis.</translation>
    </message>
    <message>
        <source>Conversion goal: ROAS optimization needs the CHECKOUT event and the automatic bid strategy.</source>
        <translation>Conversion-Ziel: Die ROAS-Optimierung erfordert das Ereignis CHECKOUT und die automatische Gebotsstrategie.</translation>
    </message>
    <message>
        <source>Frequency goal: the frequency must be between 2 and 20.</source>
        <translation>Frequenzziel: Die Frequenz muss zwischen 2 und 20 liegen.</translation>
    </message>
    <message>
        <source>%1: at most 3 URLs (%2 given).</source>
        <translation>%1: höchstens 3 URLs (%2 angegeben).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid http(s) URL of at most 2,000 characters.</source>
        <translation>%1: „%2“ ist keine gültige http(s)-URL mit höchstens 2.000 Zeichen.</translation>
    </message>
    <message>
        <source>Pinterest cannot remove this from an existing ad group; keep a value.</source>
        <translation>Pinterest kann dies nicht aus einer bestehenden Anzeigengruppe entfernen; behalten Sie einen Wert bei.</translation>
    </message>
    <message>
        <source>This cannot be empty (null) when creating an ad group; leave it out for Pinterest&apos;s default.</source>
        <translation>Beim Erstellen einer Anzeigengruppe darf dies nicht leer (null) sein; lassen Sie es weg, um den Standardwert von Pinterest zu verwenden.</translation>
    </message>
    <message>
        <source>The campaign optimizes its budget (CBO): the budget type must be CBO_ADGROUP.</source>
        <translation>Die Kampagne optimiert ihr Budget (CBO): Der Budgettyp muss CBO_ADGROUP sein.</translation>
    </message>
    <message>
        <source>CBO campaigns allow only STANDARD pacing.</source>
        <translation>CBO-Kampagnen erlauben nur das Auslieferungstempo STANDARD.</translation>
    </message>
    <message>
        <source>CBO_ADGROUP needs a campaign with campaign budget optimization.</source>
        <translation>CBO_ADGROUP erfordert eine Kampagne mit Kampagnenbudget-Optimierung.</translation>
    </message>
    <message>
        <source>Conversion campaigns need an optimization goal.</source>
        <translation>Conversion-Kampagnen brauchen ein Optimierungsziel.</translation>
    </message>
    <message>
        <source>The start is before the campaign&apos;s start (%1).</source>
        <translation>Der Beginn liegt vor dem Beginn der Kampagne (%1).</translation>
    </message>
    <message>
        <source>The end is after the campaign&apos;s end (%1).</source>
        <translation>Das Ende liegt nach dem Ende der Kampagne (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>„%1“ ist keiner der zulässigen Werte: %2.</translation>
    </message>
    <message>
        <source>Targeting: MINIMUM_AGE and MAXIMUM_AGE must be given together.</source>
        <translation>Targeting: MINIMUM_AGE und MAXIMUM_AGE müssen zusammen angegeben werden.</translation>
    </message>
    <message>
        <source>Targeting: MINIMUM_AGE must be a number such as &quot;18&quot;.</source>
        <translation>Targeting: MINIMUM_AGE muss eine Zahl wie „18“ sein.</translation>
    </message>
    <message>
        <source>Targeting: MAXIMUM_AGE must be a number such as &quot;54&quot; or &quot;65+&quot;.</source>
        <translation>Targeting: MAXIMUM_AGE muss eine Zahl wie „54“ oder „65+“ sein.</translation>
    </message>
    <message>
        <source>Targeting: use either age buckets or a minimum/maximum age, not both.</source>
        <translation>Targeting: Verwenden Sie entweder Altersgruppen oder ein Mindest-/Höchstalter, nicht beides.</translation>
    </message>
    <message>
        <source>Targeting %1: &quot;%2&quot; is not one of: %3.</source>
        <translation>Targeting %1: „%2“ ist keiner der zulässigen Werte: %3.</translation>
    </message>
    <message>
        <source>The selection mixes budget types (%1): a budget edit would mean different things for them. Select ad groups of one budget type.</source>
        <translation>Die Auswahl mischt Budgettypen (%1): Eine Budgetänderung würde für sie Unterschiedliches bedeuten. Wählen Sie Anzeigengruppen eines Budgettyps aus.</translation>
    </message>
    <message>
        <source>These ad groups get their budget from the campaign (CBO_ADGROUP); change the campaign&apos;s budget instead.</source>
        <translation>Diese Anzeigengruppen erhalten ihr Budget von der Kampagne (CBO_ADGROUP); ändern Sie stattdessen das Budget der Kampagne.</translation>
    </message>
    <message>
        <source>The result would be too large.</source>
        <translation>Das Ergebnis wäre zu groß.</translation>
    </message>
    <message>
        <source>Ad group %1</source>
        <translation>Anzeigengruppe %1</translation>
    </message>
    <message>
        <source>Ad group %1 (&quot;%2&quot;)</source>
        <translation>Anzeigengruppe %1 („%2“)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>Budgettyp</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gebot</translation>
    </message>
    <message>
        <source>Bid strategy</source>
        <translation>Gebotsstrategie</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Abrechnungsereignis</translation>
    </message>
    <message>
        <source>Optimization goal</source>
        <translation>Optimierungsziel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Auslieferungstempo</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Auto targeting</source>
        <translation>Automatisches Targeting</translation>
    </message>
    <message>
        <source>Lifetime frequency cap</source>
        <translation>Frequenzobergrenze (Laufzeit)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 (%2 micro-units)</source>
        <translation>%1 (%2 Mikroeinheiten)</translation>
    </message>
    <message>
        <source>%1 (local time)</source>
        <translation>%1 (Ortszeit)</translation>
    </message>
    <message>
        <source>In the account currency (%1)</source>
        <translation>In der Kontowährung (%1)</translation>
    </message>
    <message>
        <source>%1 (micro-units)</source>
        <translation>%1 (Mikroeinheiten)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>On Pinterest: %1</source>
        <translation>Auf Pinterest: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupTableView</name>
    <message>
        <source>Ad groups</source>
        <translation>Anzeigengruppen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupWriteRequest</name>
    <message>
        <source>Creating ad groups</source>
        <translation>Anzeigengruppen werden erstellt</translation>
    </message>
    <message>
        <source>Updating ad groups</source>
        <translation>Anzeigengruppen werden aktualisiert</translation>
    </message>
</context>
<context>
    <name>pinstripe::AgeRangeEditor</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Mindestalter</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Höchstalter</translation>
    </message>
    <message>
        <source>Youngest age reached (MINIMUM_AGE), 18 to 65.</source>
        <translation>Jüngstes erreichtes Alter (MINIMUM_AGE), 18 bis 65.</translation>
    </message>
    <message>
        <source>Oldest age reached (MAXIMUM_AGE), 18 to 65, or 65+ for no upper limit.</source>
        <translation>Ältestes erreichtes Alter (MAXIMUM_AGE), 18 bis 65, oder 65+ für keine Obergrenze.</translation>
    </message>
    <message>
        <source>&amp;Convert to min/max age</source>
        <translation>In Mindest-/Höchstalter &amp;umwandeln</translation>
    </message>
    <message>
        <source>Replaces the legacy age groups by the age range they span.</source>
        <translation>Ersetzt die veralteten Altersgruppen durch die Altersspanne, die sie abdecken.</translation>
    </message>
    <message>
        <source>Mi&amp;nimum age:</source>
        <translation>M&amp;indestalter:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum age:</source>
        <translation>&amp;Höchstalter:</translation>
    </message>
    <message>
        <source>Legacy age groups (AGE_BUCKET): %1. Pinterest prefers a minimum and maximum age.</source>
        <translation>Veraltete Altersgruppen (AGE_BUCKET): %1. Pinterest bevorzugt ein Mindest- und ein Höchstalter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Pinterest&apos;s age groups.</source>
        <translation>„%1“ ist keine Altersgruppe von Pinterest.</translation>
    </message>
    <message>
        <source>Legacy age groups cannot be combined with a minimum or maximum age; convert them first.</source>
        <translation>Veraltete Altersgruppen lassen sich nicht mit einem Mindest- oder Höchstalter kombinieren; wandeln Sie sie zuerst um.</translation>
    </message>
    <message>
        <source>Set both a minimum and a maximum age, or neither.</source>
        <translation>Legen Sie sowohl ein Mindest- als auch ein Höchstalter fest oder keines von beiden.</translation>
    </message>
    <message>
        <source>The minimum age must be from 18 to 65, not &quot;%1&quot;.</source>
        <translation>Das Mindestalter muss zwischen 18 und 65 liegen, nicht „%1“.</translation>
    </message>
    <message>
        <source>The maximum age must be from 18 to 65, or 65+, not &quot;%1&quot;.</source>
        <translation>Das Höchstalter muss zwischen 18 und 65 liegen oder 65+ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The minimum age (%1) is above the maximum age (%2).</source>
        <translation>Das Mindestalter (%1) liegt über dem Höchstalter (%2).</translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsCsv</name>
    <message>
        <source>%1 (micro-units)</source>
        <translation>%1 (Mikroeinheiten)</translation>
    </message>
    <message>
        <source>Ad group ID</source>
        <translation>Anzeigengruppen-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Targeting type</source>
        <translation>Targeting-Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value (code)</source>
        <translation>Wert (Code)</translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported from Pinstripe</source>
        <translation>Aus Pinstripe exportiert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>Diagramm als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-Bild</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsFetcher</name>
    <message>
        <source>The connection to Pinterest is gone.</source>
        <translation>Die Verbindung zu Pinterest ist getrennt.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsQuery</name>
    <message>
        <source>Choose a start and an end date.</source>
        <translation>Wählen Sie ein Start- und ein Enddatum.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>Das Enddatum (%1) liegt vor dem Startdatum (%2).</translation>
    </message>
    <message>
        <source>Choose at least one metric (columns).</source>
        <translation>Wählen Sie mindestens eine Kennzahl (Spalten).</translation>
    </message>
    <message>
        <source>Choose at least one targeting type.</source>
        <translation>Wählen Sie mindestens einen Targeting-Typ.</translation>
    </message>
    <message>
        <source>%1 must be one of 0, 1, 7, 14, 30 or 60 days (got %2).</source>
        <translation>%1 muss 0, 1, 7, 14, 30 oder 60 Tage betragen (erhalten: %2).</translation>
    </message>
    <message numerus="yes">
        <source>Hourly data goes back at most %n day(s) (to %1, UTC).</source>
        <translation>
            <numerusform>Stündliche Daten reichen höchstens %n Tag zurück (bis %1, UTC).</numerusform>
            <numerusform>Stündliche Daten reichen höchstens %n Tage zurück (bis %1, UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pinterest keeps analytics for %n day(s): the start date can be %1 (UTC) at the earliest.</source>
        <translation>
            <numerusform>Pinterest bewahrt Statistiken %n Tag lang auf: Das Startdatum kann frühestens der %1 (UTC) sein.</numerusform>
            <numerusform>Pinterest bewahrt Statistiken %n Tage lang auf: Das Startdatum kann frühestens der %1 (UTC) sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An hourly report can span at most %n day(s).</source>
        <translation>
            <numerusform>Ein stündlicher Bericht kann höchstens %n Tag umfassen.</numerusform>
            <numerusform>Ein stündlicher Bericht kann höchstens %n Tage umfassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A report can span at most %n day(s) (this range has %1).</source>
        <translation>
            <numerusform>Ein Bericht kann höchstens %n Tag umfassen (dieser Zeitraum hat %1).</numerusform>
            <numerusform>Ein Bericht kann höchstens %n Tage umfassen (dieser Zeitraum hat %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsQueryBar</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Data in UTC</source>
        <translation>Daten in UTC</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Time of ad action</source>
        <translation>Zeitpunkt der Anzeigenaktion</translation>
    </message>
    <message>
        <source>Time of conversion</source>
        <translation>Zeitpunkt der Conversion</translation>
    </message>
    <message>
        <source>Pinterest reports days in UTC; a day here may start and end at a different local time.</source>
        <translation>Pinterest meldet Tage in UTC; ein Tag kann hier zu einer anderen Ortszeit beginnen und enden.</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Gliederung:</translation>
    </message>
    <message>
        <source>Attribution — click:</source>
        <translation>Attribution – Klick:</translation>
    </message>
    <message>
        <source>engagement:</source>
        <translation>Interaktion:</translation>
    </message>
    <message>
        <source>view:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Report conversions at:</source>
        <translation>Conversions zuordnen nach:</translation>
    </message>
    <message>
        <source>Choose at least one metric.</source>
        <translation>Wählen Sie mindestens eine Kennzahl.</translation>
    </message>
    <message>
        <source>Metrics…</source>
        <translation>Kennzahlen…</translation>
    </message>
    <message>
        <source>Pinterest keeps analytics for 90 days; this range is shown from the metrics archive where Pinstripe saved it.</source>
        <translation>Pinterest bewahrt Analysedaten 90 Tage auf; dieser Zeitraum wird aus dem Kennzahlenarchiv angezeigt, in dem Pinstripe ihn gespeichert hat.</translation>
    </message>
    <message>
        <source>Hourly reports have no conversion metrics.</source>
        <translation>Stündliche Berichte enthalten keine Conversion-Kennzahlen.</translation>
    </message>
</context>
<context>
    <name>pinstripe::ApiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a query or fragment.</source>
        <translation>Die API-Basis-URL darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for a local sandbox (localhost or 127.0.0.1); use https for %1.</source>
        <translation>Unverschlüsseltes http ist nur für eine lokale Sandbox (localhost oder 127.0.0.1) erlaubt; verwenden Sie https für %1.</translation>
    </message>
    <message>
        <source>The API base URL must start with https:// (or http:// for a local sandbox).</source>
        <translation>Die API-Basis-URL muss mit https:// beginnen (oder http:// für eine lokale Sandbox).</translation>
    </message>
</context>
<context>
    <name>pinstripe::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Pinterest could not be reached (%1).</source>
        <translation>Pinterest war nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Pinterest did not answer in time.</source>
        <translation>Pinterest hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer was lost, so it is not known whether Pinterest applied it. Pinstripe checks by listing before anything is sent again.</source>
        <translation>Die Antwort ging verloren, daher ist unbekannt, ob Pinterest die Änderung übernommen hat. Pinstripe prüft das anhand einer Abfrage, bevor etwas erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Your Pinterest sign-in has expired or was revoked; sign in again.</source>
        <translation>Ihre Pinterest-Anmeldung ist abgelaufen oder wurde widerrufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your Pinterest user has no access to this (%1).</source>
        <translation>Ihr Pinterest-Benutzer hat hierauf keinen Zugriff (%1).</translation>
    </message>
    <message>
        <source>Pinterest&apos;s rate limit was reached; try again shortly.</source>
        <translation>Das Anfragelimit von Pinterest wurde erreicht; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Pinterest had a temporary problem (HTTP %1). Try again.</source>
        <translation>Bei Pinterest ist ein vorübergehendes Problem aufgetreten (HTTP %1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Pinterest rejected it: %1</source>
        <translation>Pinterest hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Pinterest answered with HTTP %1.</source>
        <translation>Pinterest hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Pinterest&apos;s answer could not be read: %1.</source>
        <translation>Die Antwort von Pinterest konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s answer could not be read: %1. Pinterest&apos;s request id: %2.</source>
        <translation>Die Antwort von Pinterest konnte nicht gelesen werden: %1. Anfrage-ID bei Pinterest: %2.</translation>
    </message>
</context>
<context>
    <name>pinstripe::ApiRequest</name>
    <message>
        <source>a billable event is required.</source>
        <translation>Ein Abrechnungsereignis ist erforderlich.</translation>
    </message>
    <message>
        <source>a currency is required.</source>
        <translation>Eine Währung ist erforderlich.</translation>
    </message>
    <message>
        <source>Bid floor row %1: %2</source>
        <translation>Mindestgebotszeile %1: %2</translation>
    </message>
</context>
<context>
    <name>pinstripe::AppTypeEditor</name>
    <message>
        <source>Leave all unchecked to reach every device.</source>
        <translation>Lassen Sie alles leer, um alle Geräte zu erreichen.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AudienceEditor</name>
    <message>
        <source>Audiences to include</source>
        <translation>Einzuschließende Zielgruppen</translation>
    </message>
    <message>
        <source>Audience ids, separated by commas</source>
        <translation>Zielgruppen-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Reach only people in these audiences (AUDIENCE_INCLUDE). Lists need at least 100 Pinterest users.</source>
        <translation>Nur Personen in diesen Zielgruppen erreichen (AUDIENCE_INCLUDE). Listen brauchen mindestens 100 Pinterest-Nutzer.</translation>
    </message>
    <message>
        <source>Audiences to exclude</source>
        <translation>Auszuschließende Zielgruppen</translation>
    </message>
    <message>
        <source>Never reach people in these audiences (AUDIENCE_EXCLUDE).</source>
        <translation>Personen in diesen Zielgruppen nie erreichen (AUDIENCE_EXCLUDE).</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Einschließen:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>Aus&amp;schließen:</translation>
    </message>
    <message>
        <source>Audience ids are digits only: &quot;%1&quot; is not one.</source>
        <translation>Zielgruppen-IDs bestehen nur aus Ziffern: „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Audience %1 is both included and excluded.</source>
        <translation>Zielgruppe %1 ist zugleich eingeschlossen und ausgeschlossen.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AudienceEstimateLabel</name>
    <message>
        <source>Potential audience</source>
        <translation>Potenzielle Zielgruppe</translation>
    </message>
    <message>
        <source>Potential audience: fix the targeting problems to see an estimate.</source>
        <translation>Potenzielle Zielgruppe: Beheben Sie die Targeting-Probleme, um eine Schätzung zu sehen.</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Wird geschätzt…</translation>
    </message>
    <message>
        <source>Estimating… (Pinterest did not answer, trying again)</source>
        <translation>Wird geschätzt… (Pinterest hat nicht geantwortet, neuer Versuch)</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billion people</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>million people</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>thousand people</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>Potential audience: %1 – %2 people per month</source>
        <translation>Potenzielle Zielgruppe: %1 – %2 Personen pro Monat</translation>
    </message>
    <message>
        <source>Pinterest estimates %1 to %2 people a month for this targeting.</source>
        <translation>Pinterest schätzt für dieses Targeting %1 bis %2 Personen pro Monat.</translation>
    </message>
    <message>
        <source>Potential audience unavailable: %1</source>
        <translation>Potenzielle Zielgruppe nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>How many people a month this targeting can reach, estimated by Pinterest.</source>
        <translation>Wie viele Personen pro Monat dieses Targeting erreichen kann, geschätzt von Pinterest.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AuthEnvironment</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Pinterest Sandbox</source>
        <translation>Pinterest-Sandbox</translation>
    </message>
    <message>
        <source>Demo/local</source>
        <translation>Demo/lokal</translation>
    </message>
</context>
<context>
    <name>pinstripe::BasicAuthNetworkAccessManager</name>
    <message>
        <source>Pinterest could not be reached: %1</source>
        <translation>Pinterest war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Pinterest did not accept the app ID and app secret. Check both on your app&apos;s page at developers.pinterest.com.</source>
        <translation>Pinterest hat die App-ID und das App-Secret nicht akzeptiert. Prüfen Sie beides auf der Seite Ihrer App unter developers.pinterest.com.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s token service answered with HTTP %1.</source>
        <translation>Der Token-Dienst von Pinterest hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s token service refused the request: %1</source>
        <translation>Der Token-Dienst von Pinterest hat die Anfrage abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::BasicsSection</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <source>An existing ad group stays in its campaign; duplicate it to use another one.</source>
        <translation>Eine bestehende Anzeigengruppe bleibt in ihrer Kampagne; duplizieren Sie sie, um eine andere zu verwenden.</translation>
    </message>
</context>
<context>
    <name>pinstripe::BidFloorCalculatorDialog</name>
    <message>
        <source>Bid Floor Calculator</source>
        <translation>Mindestgebotsrechner</translation>
    </message>
    <message>
        <source>e.g. US, Germany</source>
        <translation>z. B. US, Deutschland</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Any objective</source>
        <translation>Beliebiges Kampagnenziel</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Kampagnenziel</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Abrechnungsereignis</translation>
    </message>
    <message>
        <source>Any creative type</source>
        <translation>Beliebiger Creative-Typ</translation>
    </message>
    <message>
        <source>Creative type</source>
        <translation>Creative-Typ</translation>
    </message>
    <message>
        <source>Conversion event</source>
        <translation>Conversion-Ereignis</translation>
    </message>
    <message>
        <source>The optimization goal of conversion (WEB_CONVERSION) ad groups</source>
        <translation>Das Optimierungsziel von Conversion-Anzeigengruppen (WEB_CONVERSION)</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Länder:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Kampagnenziel:</translation>
    </message>
    <message>
        <source>&amp;Billable event:</source>
        <translation>&amp;Abrechnungsereignis:</translation>
    </message>
    <message>
        <source>C&amp;reative type:</source>
        <translation>&amp;Creative-Typ:</translation>
    </message>
    <message>
        <source>Con&amp;version event:</source>
        <translation>Con&amp;version-Ereignis:</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Check &amp;Floors</source>
        <translation>&amp;Mindestgebote prüfen</translation>
    </message>
    <message>
        <source>Bid floor rows</source>
        <translation>Mindestgebotszeilen</translation>
    </message>
    <message>
        <source>Price for a &amp;targeting spec (applies to every row)</source>
        <translation>Preis für eine &amp;Targeting-Spezifikation (gilt für jede Zeile)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Pinterest knows; use a name or a two-letter code.</source>
        <translation>„%1“ ist kein Land, das Pinterest kennt; verwenden Sie einen Namen oder einen Code aus zwei Buchstaben.</translation>
    </message>
    <message>
        <source>Enter at least one country.</source>
        <translation>Geben Sie mindestens ein Land ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); press Check Floors to ask Pinterest.</source>
        <translation>
            <numerusform>%n Zeile; klicken Sie auf „Mindestgebote prüfen“, um Pinterest zu fragen.</numerusform>
            <numerusform>%n Zeilen; klicken Sie auf „Mindestgebote prüfen“, um Pinterest zu fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to Pinterest.</source>
        <translation>Nicht mit Pinterest verbunden.</translation>
    </message>
    <message>
        <source>Fix the targeting first: %1</source>
        <translation>Korrigieren Sie zuerst das Targeting: %1</translation>
    </message>
    <message>
        <source>Asking Pinterest…</source>
        <translation>Pinterest wird gefragt…</translation>
    </message>
    <message>
        <source>Floors as of %1. Bids below a floor are not delivered.</source>
        <translation>Mindestgebote vom %1. Gebote unter dem Mindestgebot werden nicht ausgeliefert.</translation>
    </message>
</context>
<context>
    <name>pinstripe::BidFloorCheckDialog</name>
    <message numerus="yes">
        <source>Bid Floors of %n Ad Group(s)</source>
        <translation>
            <numerusform>Mindestgebote von %n Anzeigengruppe</numerusform>
            <numerusform>Mindestgebote von %n Anzeigengruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Anzeigengruppe</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gebot</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Mindestgebot</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Bids and floors</source>
        <translation>Gebote und Mindestgebote</translation>
    </message>
    <message>
        <source>Asking Pinterest for the floors…</source>
        <translation>Pinterest wird nach den Mindestgeboten gefragt…</translation>
    </message>
    <message>
        <source>&amp;Raise Bids to Floor</source>
        <translation>Gebote auf Mindestgebot &amp;anheben</translation>
    </message>
    <message>
        <source>Adds pending changes; nothing is sent until you post.</source>
        <translation>Fügt ausstehende Änderungen hinzu; gesendet wird erst, wenn Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Under the floor — not delivered</source>
        <translation>Unter dem Mindestgebot – keine Auslieferung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Every bid is at or above its floor.</source>
        <translation>Jedes Gebot liegt auf oder über seinem Mindestgebot.</translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s) bid under the floor and will not be delivered.</source>
        <translation>
            <numerusform>%n Anzeigengruppe bietet unter dem Mindestgebot und wird nicht ausgeliefert.</numerusform>
            <numerusform>%n Anzeigengruppen bieten unter dem Mindestgebot und werden nicht ausgeliefert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (ausstehend)</translation>
    </message>
</context>
<context>
    <name>pinstripe::BidFloorRowsModel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Kampagnenziel</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Abrechnungsereignis</translation>
    </message>
    <message>
        <source>Creative type</source>
        <translation>Creative-Typ</translation>
    </message>
    <message>
        <source>Bid floor</source>
        <translation>Mindestgebot</translation>
    </message>
</context>
<context>
    <name>pinstripe::BrowserCommands</name>
    <message>
        <source>&amp;Export Ad Groups as CSV…</source>
        <translation>Anzeigengruppen als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export &amp;Selected Ad Groups as CSV…</source>
        <translation>&amp;Ausgewählte Anzeigengruppen als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Laden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Ad Group &amp;Details</source>
        <translation>&amp;Details der Anzeigengruppe</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>Choose &amp;Ad Account…</source>
        <translation>Werbe&amp;konto wählen…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
</context>
<context>
    <name>pinstripe::BudgetBidSection</name>
    <message>
        <source>Budget type</source>
        <translation>Budgettyp</translation>
    </message>
    <message>
        <source>Daily (DAILY)</source>
        <translation>Täglich (DAILY)</translation>
    </message>
    <message>
        <source>Lifetime (LIFETIME, needs an end time)</source>
        <translation>Laufzeit (LIFETIME, erfordert eine Endzeit)</translation>
    </message>
    <message>
        <source>Set by the campaign (CBO_ADGROUP)</source>
        <translation>Von der Kampagne festgelegt (CBO_ADGROUP)</translation>
    </message>
    <message>
        <source>Budget &amp;type:</source>
        <translation>Budget&amp;typ:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Abrechnungsereignis</translation>
    </message>
    <message>
        <source>Click (CLICKTHROUGH)</source>
        <translation>Klick (CLICKTHROUGH)</translation>
    </message>
    <message>
        <source>Impression (IMPRESSION, CPM)</source>
        <translation>Impression (IMPRESSION, CPM)</translation>
    </message>
    <message>
        <source>Video view (VIDEO_V_50_MRC)</source>
        <translation>Videoaufruf (VIDEO_V_50_MRC)</translation>
    </message>
    <message>
        <source>Billable &amp;event:</source>
        <translation>Abrechnungs&amp;ereignis:</translation>
    </message>
    <message>
        <source>Bid strategy</source>
        <translation>Gebotsstrategie</translation>
    </message>
    <message>
        <source>Automatic (AUTOMATIC_BID)</source>
        <translation>Automatisch (AUTOMATIC_BID)</translation>
    </message>
    <message>
        <source>Maximum bid (MAX_BID)</source>
        <translation>Maximalgebot (MAX_BID)</translation>
    </message>
    <message>
        <source>Target average (TARGET_AVG)</source>
        <translation>Zieldurchschnitt (TARGET_AVG)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Bid &amp;strategy:</source>
        <translation>Gebots&amp;strategie:</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gebot</translation>
    </message>
    <message>
        <source>none (automatic)</source>
        <translation>ohne (automatisch)</translation>
    </message>
    <message>
        <source>B&amp;id:</source>
        <translation>&amp;Gebot:</translation>
    </message>
    <message>
        <source>Bid multiplier</source>
        <translation>Gebotsmultiplikator</translation>
    </message>
    <message>
        <source>0.1 to 10 (open beta); needs the automatic bid strategy; 0 removes it.</source>
        <translation>0,1 bis 10 (offene Beta); erfordert die automatische Gebotsstrategie; 0 entfernt ihn.</translation>
    </message>
    <message>
        <source>Bid &amp;multiplier:</source>
        <translation>Gebots&amp;multiplikator:</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
</context>
<context>
    <name>pinstripe::BulkAdjustment</name>
    <message>
        <source>The result is too large.</source>
        <translation>Das Ergebnis ist zu groß.</translation>
    </message>
    <message>
        <source>A decrease of more than 100% would make the amount negative.</source>
        <translation>Eine Senkung um mehr als 100 % würde den Betrag negativ machen.</translation>
    </message>
    <message>
        <source>The result would be below zero.</source>
        <translation>Das Ergebnis läge unter null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage (up to two decimals, e.g. %2 or %3).</source>
        <translation>„%1“ ist kein Prozentsatz (bis zu zwei Nachkommastellen, z.&#xa0;B. %2 oder %3).</translation>
    </message>
</context>
<context>
    <name>pinstripe::BulkEditDialog</name>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Status festlegen</translation>
    </message>
    <message>
        <source>Change &amp;budget</source>
        <translation>&amp;Budget ändern</translation>
    </message>
    <message>
        <source>Change b&amp;id</source>
        <translation>&amp;Gebot ändern</translation>
    </message>
    <message>
        <source>Change &amp;end date</source>
        <translation>&amp;Enddatum ändern</translation>
    </message>
    <message>
        <source>Shift by</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Festlegen auf</translation>
    </message>
    <message>
        <source>Apply this &amp;targeting to all selected ad groups</source>
        <translation>Dieses &amp;Targeting auf alle ausgewählten Anzeigengruppen anwenden</translation>
    </message>
    <message>
        <source>Bulk edit of %1</source>
        <translation>Massenbearbeitung von %1</translation>
    </message>
    <message>
        <source>%1 selected; amounts in %2.</source>
        <translation>%1 ausgewählt; Beträge in %2.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Status, budget, bid, end</source>
        <translation>Status, Budget, Gebot, Ende</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Targeting</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>Bid: %1</source>
        <translation>Gebot: %1</translation>
    </message>
    <message>
        <source>Targeting: %1</source>
        <translation>Targeting: %1</translation>
    </message>
    <message>
        <source>Choose what to change; nothing is sent until you post the pending changes.</source>
        <translation>Wählen Sie, was geändert werden soll; gesendet wird erst, wenn Sie die ausstehenden Änderungen veröffentlichen.</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Es würde sich nichts ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n Anzeigengruppe</numerusform>
            <numerusform>%n Anzeigengruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::BulkEditPlan</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>Gebot %1</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>kein Ende</translation>
    </message>
    <message>
        <source>%1 without an end date: left without one.</source>
        <translation>%1 ohne Enddatum: unverändert gelassen.</translation>
    </message>
    <message>
        <source>end %1</source>
        <translation>Ende %1</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Targeting</translation>
    </message>
    <message>
        <source>new targeting</source>
        <translation>neues Targeting</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <source>targeting %1</source>
        <translation>Targeting %1</translation>
    </message>
    <message>
        <source>Bulk edit of %1: %2</source>
        <translation>Massenbearbeitung von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n Anzeigengruppe</numerusform>
            <numerusform>%n Anzeigengruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gebot</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>%1 without a budget: left alone.</source>
        <translation>%1 ohne Budget: unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 without a bid (automatic bidding): left alone.</source>
        <translation>%1 ohne Gebot (automatische Gebote): unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>end %1%n day(s)</source>
        <translation>
            <numerusform>Ende %1%n Tag</numerusform>
            <numerusform>Ende %1%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::CampaignNavigator</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Kampagnenziel</translation>
    </message>
    <message>
        <source>Ad groups</source>
        <translation>Anzeigengruppen</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>pinstripe::CellValueDelegate</name>
    <message numerus="yes">
        <source>Amount in %1, with up to %n decimal(s); empty for none</source>
        <translation>
            <numerusform>Betrag in %1 mit bis zu %n Nachkommastelle; leer für keinen</numerusform>
            <numerusform>Betrag in %1 mit bis zu %n Nachkommastellen; leer für keinen</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Betrag in %1</translation>
    </message>
    <message>
        <source>Date and time in %1, like %2; empty for none</source>
        <translation>Datum und Uhrzeit in %1, etwa %2; leer für keines</translation>
    </message>
</context>
<context>
    <name>pinstripe::ChangeMarkerOverlay</name>
    <message>
        <source>%1: new ad group (%2)</source>
        <translation>%1: neue Anzeigengruppe (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
</context>
<context>
    <name>pinstripe::ChoiceListEditor</name>
    <message>
        <source>Sends &quot;%1&quot; in %2</source>
        <translation>Sendet „%1“ in %2</translation>
    </message>
</context>
<context>
    <name>pinstripe::CommandLine</name>
    <message>
        <source>Pinstripe — browse, edit and post Pinterest ad groups from the desktop.</source>
        <translation>Pinstripe – Pinterest-Anzeigengruppen am Desktop ansehen, bearbeiten und veröffentlichen.</translation>
    </message>
    <message>
        <source>Run against the built-in demo sandbox with sample ad accounts; no Pinterest account needed.</source>
        <translation>Mit der eingebauten Demo-Sandbox und Beispielkonten starten; kein Pinterest-Konto nötig.</translation>
    </message>
    <message>
        <source>Use this Pinterest API base URL (default https://api.pinterest.com/v5). https is required except for localhost.</source>
        <translation>Diese Pinterest-API-Basis-URL verwenden (Standard: https://api.pinterest.com/v5). Außer für localhost ist https erforderlich.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Start, show the main window and quit at once (for installation checks).</source>
        <translation>Starten, Hauptfenster zeigen und sofort beenden (zur Installationsprüfung).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Unerwartetes Argument: %1
</translation>
    </message>
    <message>
        <source>--demo and --api-base-url cannot be used together.
</source>
        <translation>--demo und --api-base-url können nicht zusammen verwendet werden.
</translation>
    </message>
    <message>
        <source>Invalid --api-base-url: %1
</source>
        <translation>Ungültige --api-base-url: %1
</translation>
    </message>
    <message>
        <source>
Qt&apos;s standard options are accepted too, e.g. -platform, -style, -stylesheet, -reverse, -qwindowgeometry.
</source>
        <translation>
Die Standardoptionen von Qt werden ebenfalls akzeptiert, z. B. -platform, -style, -stylesheet, -reverse, -qwindowgeometry.
</translation>
    </message>
</context>
<context>
    <name>pinstripe::ConflictDialog</name>
    <message>
        <source>Resolve conflicts</source>
        <translation>Konflikte lösen</translation>
    </message>
    <message>
        <source>These fields were changed on Pinterest after you edited them. For each one, keep your value (it is posted next time) or take the value on Pinterest (your change is dropped).</source>
        <translation>Diese Felder wurden auf Pinterest geändert, nachdem Sie sie bearbeitet hatten. Behalten Sie für jedes Feld Ihren Wert (er wird beim nächsten Mal veröffentlicht) oder übernehmen Sie den Wert auf Pinterest (Ihre Änderung wird verworfen).</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Anzeigengruppe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>On Pinterest now</source>
        <translation>Jetzt auf Pinterest</translation>
    </message>
    <message>
        <source>Keep your %1 of %2: %3</source>
        <translation>Ihren Wert für %1 von %2 behalten: %3</translation>
    </message>
    <message>
        <source>Take Pinterest&apos;s %1 of %2: %3</source>
        <translation>Wert von Pinterest für %1 von %2 übernehmen: %3</translation>
    </message>
    <message>
        <source>Was %1 when you edited it</source>
        <translation>War %1, als Sie es bearbeitet haben</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Alle &amp;eigenen behalten</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Alle von &amp;Pinterest übernehmen</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Einen Konflikt lösen</translation>
    </message>
    <message>
        <source>Resolve %1 conflicts</source>
        <translation>%1 Konflikte lösen</translation>
    </message>
    <message>
        <source>Keep my values</source>
        <translation>Meine Werte behalten</translation>
    </message>
    <message>
        <source>Take Pinterest&apos;s values</source>
        <translation>Werte von Pinterest übernehmen</translation>
    </message>
</context>
<context>
    <name>pinstripe::ConnectDialog</name>
    <message>
        <source>Connect to Pinterest</source>
        <translation>Mit Pinterest verbinden</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Local API address</source>
        <translation>Lokale API-Adresse</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>from developers.pinterest.com → My apps</source>
        <translation>von developers.pinterest.com → My apps</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App-Secret</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>App-&amp;Secret:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Pinterest opens in your web browser. Approve access there and come back; Pinstripe receives the answer on this computer.</source>
        <translation>Pinterest öffnet sich in Ihrem Webbrowser. Erlauben Sie dort den Zugriff und kehren Sie dann zurück; Pinstripe empfängt die Antwort auf diesem Computer.</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect-URI</translation>
    </message>
    <message>
        <source>The redirect URI registered for your Pinterest app, on localhost with a port.</source>
        <translation>Die für Ihre Pinterest-App registrierte Redirect-URI, auf localhost mit einem Port.</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Redirect-URI:</translation>
    </message>
    <message>
        <source>Sign in with &amp;Pinterest</source>
        <translation>Mit &amp;Pinterest anmelden</translation>
    </message>
    <message>
        <source>Sign in with Pinterest</source>
        <translation>Mit Pinterest anmelden</translation>
    </message>
    <message>
        <source>Paste a token generated in Pinterest&apos;s developer console. With a refresh token and the app ID and secret, Pinstripe renews it by itself.</source>
        <translation>Fügen Sie ein Token ein, das in der Entwicklerkonsole von Pinterest erzeugt wurde. Mit einem Aktualisierungstoken sowie App-ID und App-Secret erneuert Pinstripe es selbstständig.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>Refresh token (optional)</source>
        <translation>Aktualisierungstoken (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Re&amp;fresh token:</source>
        <translation>A&amp;ktualisierungstoken:</translation>
    </message>
    <message>
        <source>&amp;Use This Token</source>
        <translation>Dieses Token &amp;verwenden</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Fortschritt der Anmeldung</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Ad accounts this sign-in can see:</source>
        <translation>&amp;Werbekonten, die diese Anmeldung sehen kann:</translation>
    </message>
    <message>
        <source>Ad accounts</source>
        <translation>Werbekonten</translation>
    </message>
    <message>
        <source>&amp;Open Ad Account</source>
        <translation>Werbekonto &amp;öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Enter your app ID. You find it at developers.pinterest.com under My apps.</source>
        <translation>Geben Sie Ihre App-ID ein. Sie finden sie auf developers.pinterest.com unter „My apps“.</translation>
    </message>
    <message>
        <source>Enter your app secret. It is shown next to the app ID at developers.pinterest.com.</source>
        <translation>Geben Sie Ihr App-Secret ein. Es wird auf developers.pinterest.com neben der App-ID angezeigt.</translation>
    </message>
    <message>
        <source>Open this address in your browser to continue:
%1</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Browser, um fortzufahren:
%1</translation>
    </message>
    <message>
        <source>Pinterest answered; finishing the sign-in…</source>
        <translation>Pinterest hat geantwortet; die Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Waiting for you to approve access in your browser…</source>
        <translation>Warten, bis Sie den Zugriff in Ihrem Browser erlauben…</translation>
    </message>
    <message>
        <source>Paste the access token from Pinterest&apos;s developer console.</source>
        <translation>Fügen Sie das Zugriffstoken aus der Entwicklerkonsole von Pinterest ein.</translation>
    </message>
    <message>
        <source>A token has no spaces. Copy it again, without the word “Bearer”.</source>
        <translation>Ein Token enthält keine Leerzeichen. Kopieren Sie es erneut, ohne das Wort „Bearer“.</translation>
    </message>
    <message>
        <source>To renew with the refresh token, also enter the app ID and app secret.</source>
        <translation>Um mit dem Aktualisierungstoken zu erneuern, geben Sie auch App-ID und App-Secret ein.</translation>
    </message>
    <message>
        <source>Checking the sign-in and listing your ad accounts…</source>
        <translation>Anmeldung wird geprüft und Ihre Werbekonten werden aufgelistet…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>pinstripe::CreateAdGroupsRequest</name>
    <message>
        <source>Creating ad groups</source>
        <translation>Anzeigengruppen werden erstellt</translation>
    </message>
</context>
<context>
    <name>pinstripe::DateRangePreset</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
</context>
<context>
    <name>pinstripe::DeliverySection</name>
    <message>
        <source>Let Pinterest widen the audience (Performance+ targeting)</source>
        <translation>Pinterest darf die Zielgruppe erweitern (Performance+-Targeting)</translation>
    </message>
    <message>
        <source>Turn product Pins into collection and shopping formats</source>
        <translation>Produkt-Pins in Kollektions- und Shopping-Formate umwandeln</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>All placements (ALL)</source>
        <translation>Alle Platzierungen (ALL)</translation>
    </message>
    <message>
        <source>Search (SEARCH)</source>
        <translation>Suche (SEARCH)</translation>
    </message>
    <message>
        <source>Browse (BROWSE)</source>
        <translation>Browsen (BROWSE)</translation>
    </message>
    <message>
        <source>Other (OTHER)</source>
        <translation>Sonstige (OTHER)</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>&amp;Platzierung:</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Auslieferungstempo</translation>
    </message>
    <message>
        <source>Standard: smooth over the day (STANDARD)</source>
        <translation>Standard: gleichmäßig über den Tag verteilt (STANDARD)</translation>
    </message>
    <message>
        <source>Accelerated: as fast as possible (ACCELERATED)</source>
        <translation>Beschleunigt: so schnell wie möglich (ACCELERATED)</translation>
    </message>
    <message>
        <source>P&amp;acing:</source>
        <translation>Auslieferungste&amp;mpo:</translation>
    </message>
    <message>
        <source>Auto targeting:</source>
        <translation>Automatisches Targeting:</translation>
    </message>
    <message>
        <source>Creative optimization:</source>
        <translation>Creative-Optimierung:</translation>
    </message>
    <message>
        <source>Lifetime frequency cap</source>
        <translation>Frequenzobergrenze (Laufzeit)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source> impressions per person in 30 days</source>
        <translation> Impressionen pro Person in 30 Tagen</translation>
    </message>
    <message>
        <source>CPM (IMPRESSION billing) only; needs an end time.</source>
        <translation>Nur CPM (Abrechnung nach IMPRESSION); erfordert eine Endzeit.</translation>
    </message>
    <message>
        <source>&amp;Frequency cap:</source>
        <translation>&amp;Frequenzobergrenze:</translation>
    </message>
    <message>
        <source>Promotion id</source>
        <translation>Aktions-ID</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>P&amp;romotion id:</source>
        <translation>Aktions-&amp;ID:</translation>
    </message>
    <message>
        <source>Promotion applies to</source>
        <translation>Aktion gilt für</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Nothing (NONE)</source>
        <translation>Nichts (NONE)</translation>
    </message>
    <message>
        <source>Items (ITEM)</source>
        <translation>Artikel (ITEM)</translation>
    </message>
    <message>
        <source>The ad group (AD_GROUP)</source>
        <translation>Die Anzeigengruppe (AD_GROUP)</translation>
    </message>
    <message>
        <source>Promotion applies to:</source>
        <translation>Aktion gilt für:</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
</context>
<context>
    <name>pinstripe::EstimateAudienceSizeRequest</name>
    <message>
        <source>Estimating the audience size</source>
        <translation>Größe der Zielgruppe wird geschätzt</translation>
    </message>
    <message>
        <source>Each keyword needs a match type and a value.</source>
        <translation>Jedes Keyword braucht eine Übereinstimmungsart und einen Wert.</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; is longer than 120 characters.</source>
        <translation>Keyword „%1“ ist länger als 120 Zeichen.</translation>
    </message>
</context>
<context>
    <name>pinstripe::FetchBidFloorsRequest</name>
    <message>
        <source>Checking bid floors</source>
        <translation>Mindestgebote werden geprüft</translation>
    </message>
    <message>
        <source>Add at least one bid floor row.</source>
        <translation>Fügen Sie mindestens eine Mindestgebotszeile hinzu.</translation>
    </message>
</context>
<context>
    <name>pinstripe::FindingsDialog</name>
    <message>
        <source>Check before posting</source>
        <translation>Vor dem Veröffentlichen prüfen</translation>
    </message>
    <message>
        <source>The other change can be posted.</source>
        <translation>Die andere Änderung kann veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Nothing can be posted.</source>
        <translation>Nichts kann veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Anzeigengruppe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&amp;Post the other %1</source>
        <translation>Die anderen %1 &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Check the warnings below. Post all changes anyway, warned ones included, or all but the flagged ones?</source>
        <translation>Prüfen Sie die Warnungen unten. Alle Änderungen trotzdem veröffentlichen, auch die mit Warnung, oder alle außer den markierten?</translation>
    </message>
    <message>
        <source>Nothing can be posted as it is.</source>
        <translation>So wie es ist, kann nichts veröffentlicht werden.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;Raise to Floor&quot; sets %n bid(s) to Pinterest&apos;s floor as pending changes, then checks and posts again.</source>
        <translation>
            <numerusform>„Auf Mindestgebot anheben“ setzt %n Gebot als ausstehende Änderung auf das Mindestgebot von Pinterest, prüft dann und veröffentlicht erneut.</numerusform>
            <numerusform>„Auf Mindestgebot anheben“ setzt %n Gebote als ausstehende Änderungen auf das Mindestgebot von Pinterest, prüft dann und veröffentlicht erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post &amp;all anyway</source>
        <translation>&amp;Trotzdem alle veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Raise to Floor</source>
        <translation>Auf Mindestgebot &amp;anheben</translation>
    </message>
    <message numerus="yes">
        <source>Raise %n bid(s) to Pinterest&apos;s floor as pending changes (one undo step), then check and post</source>
        <translation>
            <numerusform>%n Gebot als ausstehende Änderung auf das Mindestgebot von Pinterest anheben (ein Rückgängig-Schritt), dann prüfen und veröffentlichen</numerusform>
            <numerusform>%n Gebote als ausstehende Änderungen auf das Mindestgebot von Pinterest anheben (ein Rückgängig-Schritt), dann prüfen und veröffentlichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post all but the &amp;flagged (%n)</source>
        <translation>
            <numerusform>Alle außer der &amp;markierten veröffentlichen (%n)</numerusform>
            <numerusform>Alle außer den &amp;markierten veröffentlichen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) cannot be posted until fixed; they stay in the list with the reason.</source>
        <translation>
            <numerusform>%n Änderung kann erst nach der Korrektur veröffentlicht werden; sie bleibt mit dem Grund in der Liste.</numerusform>
            <numerusform>%n Änderungen können erst nach der Korrektur veröffentlicht werden; sie bleiben mit dem Grund in der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n change(s) can be posted.</source>
        <translation>
            <numerusform>Die andere Änderung kann veröffentlicht werden.</numerusform>
            <numerusform>Die anderen %n Änderungen können veröffentlicht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::FormSection</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Only DRAFT ad groups can change this (the ad group is %1).</source>
        <translation>Nur Anzeigengruppen im Status DRAFT können dies ändern (die Anzeigengruppe ist %1).</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
</context>
<context>
    <name>pinstripe::GenderEditor</name>
    <message>
        <source>Leave all unchecked to reach every gender.</source>
        <translation>Lassen Sie alles leer, um alle Geschlechter zu erreichen.</translation>
    </message>
</context>
<context>
    <name>pinstripe::GetAdAccountRequest</name>
    <message>
        <source>Loading ad account %1</source>
        <translation>Werbekonto %1 wird geladen</translation>
    </message>
</context>
<context>
    <name>pinstripe::GetAdGroupRequest</name>
    <message>
        <source>Loading ad group %1</source>
        <translation>Anzeigengruppe %1 wird geladen</translation>
    </message>
</context>
<context>
    <name>pinstripe::GridEditController</name>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 festlegen</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n ad group(s)</source>
        <translation>
            <numerusform>%1 von %n Anzeigengruppe festlegen</numerusform>
            <numerusform>%1 von %n Anzeigengruppen festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 set in %n ad group(s).</source>
        <translation>
            <numerusform>%1 in %n Anzeigengruppe festgelegt.</numerusform>
            <numerusform>%1 in %n Anzeigengruppen festgelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s) not changed:</source>
        <translation>
            <numerusform>%n Anzeigengruppe nicht geändert:</numerusform>
            <numerusform>%n Anzeigengruppen nicht geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no text.</source>
        <translation>Nichts einzufügen: Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n ad group(s)</source>
        <translation>
            <numerusform>In %n Anzeigengruppe einfügen</numerusform>
            <numerusform>In %n Anzeigengruppen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted into %n ad group(s).</source>
        <translation>
            <numerusform>In %n Anzeigengruppe eingefügt.</numerusform>
            <numerusform>In %n Anzeigengruppen eingefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not pasted, nothing of them applied.</source>
        <translation>
            <numerusform>%n Zeile nicht eingefügt, nichts davon übernommen.</numerusform>
            <numerusform>%n Zeilen nicht eingefügt, nichts davon übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2), %3: %4</source>
        <translation>Zeile %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 unchanged: every selected ad group has it already.</source>
        <translation>%1 unverändert: Jede ausgewählte Anzeigengruppe hat diesen Wert schon.</translation>
    </message>
</context>
<context>
    <name>pinstripe::ImportPreviewDialog</name>
    <message>
        <source>Import Changes from %1</source>
        <translation>Änderungen aus %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>%n Zeile importieren</numerusform>
            <numerusform>%n Zeilen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s) to update</source>
        <translation>
            <numerusform>%n Anzeigengruppe zu ändern</numerusform>
            <numerusform>%n Anzeigengruppen zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new ad group(s)</source>
        <translation>
            <numerusform>%n neue Anzeigengruppe</numerusform>
            <numerusform>%n neue Anzeigengruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors (not imported)</source>
        <translation>
            <numerusform>%n Zeile mit Fehlern (nicht importiert)</numerusform>
            <numerusform>%n Zeilen mit Fehlern (nicht importiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s) from %1</source>
        <translation>
            <numerusform>%n Zeile aus %1 importieren</numerusform>
            <numerusform>%n Zeilen aus %1 importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::ImportPreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Anzeigengruppe</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>pinstripe::InterestEditor</name>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Interest ids (digits) or names, one per line. Leave empty to reach every interest.</source>
        <translation>Interessen-IDs (Ziffern) oder Namen, eine pro Zeile. Leer lassen, um alle Interessen zu erreichen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Interests: %1</source>
        <translation>Interessen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an interest id nor a known interest name.</source>
        <translation>„%1“ ist weder eine Interessen-ID noch ein bekannter Interessenname.</translation>
    </message>
    <message>
        <source>One interest per line: its id, or its name (names are offered as you type)</source>
        <translation>Ein Interesse pro Zeile: seine ID oder sein Name (Namen werden beim Tippen vorgeschlagen)</translation>
    </message>
</context>
<context>
    <name>pinstripe::InterestTextEdit</name>
    <message>
        <source>Interest names</source>
        <translation>Interessennamen</translation>
    </message>
</context>
<context>
    <name>pinstripe::JournalView</name>
    <message>
        <source>Nothing posted yet.</source>
        <translation>Noch nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Anzeigengruppe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Add the opposite change to the pending changes, to post it like any other edit</source>
        <translation>Die gegenteilige Änderung zu den ausstehenden Änderungen hinzufügen, um sie wie jede andere Bearbeitung zu veröffentlichen</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>New ad group</source>
        <translation>Neue Anzeigengruppe</translation>
    </message>
    <message>
        <source>Revert %1 of %2</source>
        <translation>%1 von %2 zurücknehmen</translation>
    </message>
    <message>
        <source>Revert added as a pending change — post it to apply.</source>
        <translation>Rücknahme als ausstehende Änderung hinzugefügt – veröffentlichen Sie sie, um sie anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n posted change(s)</source>
        <translation>
            <numerusform>%n veröffentlichte Änderung</numerusform>
            <numerusform>%n veröffentlichte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>By</source>
        <comment>who posted the change</comment>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>pinstripe::ListAdAccountsRequest</name>
    <message>
        <source>Listing ad accounts</source>
        <translation>Werbekonten werden aufgelistet</translation>
    </message>
</context>
<context>
    <name>pinstripe::ListAdGroupsRequest</name>
    <message>
        <source>Listing ad groups</source>
        <translation>Anzeigengruppen werden aufgelistet</translation>
    </message>
    <message>
        <source>Filter by campaign_ids or by ad_group_ids, not both.</source>
        <translation>Filtern Sie nach campaign_ids oder nach ad_group_ids, nicht nach beidem.</translation>
    </message>
</context>
<context>
    <name>pinstripe::ListCampaignsRequest</name>
    <message>
        <source>Listing campaigns</source>
        <translation>Kampagnen werden aufgelistet</translation>
    </message>
</context>
<context>
    <name>pinstripe::ListTargetingOptionsRequest</name>
    <message>
        <source>Loading the %1 targeting options</source>
        <translation>Targeting-Optionen für %1 werden geladen</translation>
    </message>
</context>
<context>
    <name>pinstripe::LoadStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Ad groups loaded</source>
        <translation>Geladene Anzeigengruppen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Laden erneut versuchen</translation>
    </message>
    <message>
        <source>As of %1 (cached, refreshing)</source>
        <translation>Stand %1 (zwischengespeichert, wird aktualisiert)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>%1 The rows already loaded stay; Retry continues where loading stopped.</source>
        <translation>%1 Die bereits geladenen Zeilen bleiben erhalten; „Erneut versuchen“ setzt dort fort, wo das Laden stehen geblieben ist.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for Pinterest&apos;s rate limit — resumes in %n s</source>
        <translation>
            <numerusform>Warten auf das Anfragelimit von Pinterest – weiter in %n s</numerusform>
            <numerusform>Warten auf das Anfragelimit von Pinterest – weiter in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinterest is answering slowly…</source>
        <translation>Pinterest antwortet langsam…</translation>
    </message>
    <message>
        <source>As of %1 (cached)</source>
        <translation>Stand %1 (zwischengespeichert)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ad group(s) loaded</source>
        <translation>
            <numerusform>%Ln Anzeigengruppe geladen</numerusform>
            <numerusform>%Ln Anzeigengruppen geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::LocaleEditor</name>
    <message>
        <source>Leave all unchecked to reach every language.</source>
        <translation>Lassen Sie alles leer, um alle Sprachen zu erreichen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot;.</source>
        <translation>„%1“ ist kein Sprachcode wie „en“.</translation>
    </message>
</context>
<context>
    <name>pinstripe::LocationEditor</name>
    <message>
        <source>Filter countries by name or code</source>
        <translation>Länder nach Name oder Code filtern</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Länder filtern</translation>
    </message>
    <message>
        <source>Type part of a country&apos;s name or its two-letter code.</source>
        <translation>Geben Sie einen Teil des Ländernamens oder seinen Code aus zwei Buchstaben ein.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Check the countries to reach (LOCATION). Space toggles the current one.</source>
        <translation>Markieren Sie die Länder, die Sie erreichen möchten (LOCATION). Die Leertaste schaltet das aktuelle um.</translation>
    </message>
    <message>
        <source>e.g. 501, 807</source>
        <translation>z. B. 501, 807</translation>
    </message>
    <message>
        <source>US DMA codes</source>
        <translation>US-DMA-Codes</translation>
    </message>
    <message>
        <source>US Nielsen DMA (metro area) codes, three digits each, separated by commas.</source>
        <translation>US-Nielsen-DMA-Codes (Großräume), jeweils drei Ziffern, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>e.g. BE-VOV, US-CA  or  US:94107</source>
        <translation>z. B. BE-VOV, US-CA  oder  US:94107</translation>
    </message>
    <message>
        <source>Regions or postal codes</source>
        <translation>Regionen oder Postleitzahlen</translation>
    </message>
    <message>
        <source>GEO: region codes (country-region, e.g. BE-VOV) or postal codes (country:code, e.g. US:94107), not both kinds. Separate them with commas.</source>
        <translation>GEO: Regionscodes (Land-Region, z. B. BE-VOV) oder Postleitzahlen (Land:PLZ, z. B. US:94107), nicht beide Arten. Trennen Sie sie durch Kommas.</translation>
    </message>
    <message>
        <source>US &amp;DMAs:</source>
        <translation>US-&amp;DMAs:</translation>
    </message>
    <message>
        <source>&amp;Regions or postal codes:</source>
        <translation>&amp;Regionen oder Postleitzahlen:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No country chosen.</source>
        <translation>Kein Land ausgewählt.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region (BE-VOV) or postal code (US:94107).</source>
        <translation>„%1“ ist weder eine Region (BE-VOV) noch eine Postleitzahl (US:94107).</translation>
    </message>
    <message>
        <source>Choose at least one country, DMA, region or postal code.</source>
        <translation>Wählen Sie mindestens ein Land, einen DMA, eine Region oder eine Postleitzahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code.</source>
        <translation>„%1“ ist kein Ländercode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMA code (three digits, e.g. 807).</source>
        <translation>„%1“ ist kein DMA-Code (drei Ziffern, z. B. 807).</translation>
    </message>
    <message>
        <source>Use either regions or postal codes, not both (e.g. %1 and %2).</source>
        <translation>Verwenden Sie entweder Regionen oder Postleitzahlen, nicht beides (z. B. %1 und %2).</translation>
    </message>
</context>
<context>
    <name>pinstripe::MainWindow</name>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Connection Details…</source>
        <translation>&amp;Verbindungsdetails…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Pinstripe</source>
        <translation>&amp;Über Pinstripe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Demo sandbox (%1)</source>
        <translation>Demo-Sandbox (%1)</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>Pinterest API sandbox</source>
        <translation>Pinterest-API-Sandbox</translation>
    </message>
    <message>
        <source>Connection Details</source>
        <translation>Verbindungsdetails</translation>
    </message>
    <message>
        <source>API base URL: %1</source>
        <translation>API-Basis-URL: %1</translation>
    </message>
    <message>
        <source>About Pinstripe</source>
        <translation>Über Pinstripe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pinstripe %1&lt;/h3&gt;&lt;p&gt;Browse, edit and post Pinterest ad groups safely, from your desktop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pinstripe %1&lt;/h3&gt;&lt;p&gt;Pinterest-Anzeigengruppen sicher am Desktop ansehen, bearbeiten und veröffentlichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>Farbs&amp;chema</translation>
    </message>
    <message>
        <source>As the &amp;Desktop</source>
        <translation>Wie der &amp;Desktop</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
</context>
<context>
    <name>pinstripe::MetricCatalog</name>
    <message>
        <source>Delivery</source>
        <translation>Auslieferung</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Impressions (paid)</source>
        <translation>Impressionen (bezahlt)</translation>
    </message>
    <message>
        <source>Impressions (paid and earned)</source>
        <translation>Impressionen (bezahlt und verdient)</translation>
    </message>
    <message>
        <source>Pin clicks (paid)</source>
        <translation>Pin-Klicks (bezahlt)</translation>
    </message>
    <message>
        <source>Pin clicks (paid and earned)</source>
        <translation>Pin-Klicks (bezahlt und verdient)</translation>
    </message>
    <message>
        <source>Outbound clicks (paid)</source>
        <translation>Ausgehende Klicks (bezahlt)</translation>
    </message>
    <message>
        <source>CTR (paid)</source>
        <translation>CTR (bezahlt)</translation>
    </message>
    <message>
        <source>Outbound CTR (paid)</source>
        <translation>Ausgehende CTR (bezahlt)</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Engagements (paid)</source>
        <translation>Interaktionen (bezahlt)</translation>
    </message>
    <message>
        <source>Engagement rate (paid)</source>
        <translation>Interaktionsrate (bezahlt)</translation>
    </message>
    <message>
        <source>Saves (paid)</source>
        <translation>Speicherungen (bezahlt)</translation>
    </message>
    <message>
        <source>Save rate (paid)</source>
        <translation>Speicherrate (bezahlt)</translation>
    </message>
    <message>
        <source>Web sessions</source>
        <translation>Web-Sitzungen</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>CPC (paid)</source>
        <translation>CPC (bezahlt)</translation>
    </message>
    <message>
        <source>Effective CPC</source>
        <translation>Effektiver CPC</translation>
    </message>
    <message>
        <source>CPM (paid)</source>
        <translation>CPM (bezahlt)</translation>
    </message>
    <message>
        <source>Effective CPM</source>
        <translation>Effektiver CPM</translation>
    </message>
    <message>
        <source>Checkouts</source>
        <translation>Checkouts</translation>
    </message>
    <message>
        <source>Checkout value</source>
        <translation>Checkout-Wert</translation>
    </message>
    <message>
        <source>Page visits</source>
        <translation>Seitenbesuche</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>ROAS (checkout)</source>
        <translation>ROAS (Checkout)</translation>
    </message>
    <message>
        <source>Checkout conversion rate</source>
        <translation>Checkout-Conversion-Rate</translation>
    </message>
    <message>
        <source>Video views (3 s)</source>
        <translation>Videoaufrufe (3 s)</translation>
    </message>
    <message>
        <source>Video views (MRC)</source>
        <translation>Videoaufrufe (MRC)</translation>
    </message>
    <message>
        <source>Videos watched to the end</source>
        <translation>Bis zum Ende angesehene Videos</translation>
    </message>
    <message>
        <source>Video viewable rate (paid)</source>
        <translation>Video-Sichtbarkeitsrate (bezahlt)</translation>
    </message>
</context>
<context>
    <name>pinstripe::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: digit groups must have three digits.</source>
        <translation>„%1“ ist kein gültiger Betrag: Zifferngruppen müssen drei Ziffern haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: unexpected &quot;%2&quot;.</source>
        <translation>„%1“ ist kein gültiger Betrag: unerwartetes „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount.</source>
        <translation>„%1“ ist kein gültiger Betrag.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimal places.</source>
        <translation>%1-Beträge haben keine Nachkommastellen.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimal places.</source>
        <translation>%1-Beträge haben höchstens %2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>„%1“ ist zu groß.</translation>
    </message>
</context>
<context>
    <name>pinstripe::MoneyAdjustmentEdit</name>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Festlegen auf</translation>
    </message>
    <message>
        <source>Raise by</source>
        <translation>Erhöhen um</translation>
    </message>
    <message>
        <source>Lower by</source>
        <translation>Senken um</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Enter an amount or a percentage.</source>
        <translation>Geben Sie einen Betrag oder einen Prozentsatz ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more; choose &quot;Lower by&quot; to lower.</source>
        <translation>Geben Sie einen Betrag von null oder mehr ein; wählen Sie „Senken um“, um zu senken.</translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>festlegen auf %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::MoneyEdit</name>
    <message>
        <source>Amount in %1</source>
        <translation>Betrag in %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>Geben Sie einen Betrag von null oder mehr ein.</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
</context>
<context>
    <name>pinstripe::OAuthSignIn</name>
    <message>
        <source>The redirect URI must start with http:// (e.g. http://localhost:8085/).</source>
        <translation>Die Redirect-URI muss mit http:// beginnen (z. B. http://localhost:8085/).</translation>
    </message>
    <message>
        <source>The redirect URI must point to this computer (localhost or 127.0.0.1).</source>
        <translation>Die Redirect-URI muss auf diesen Computer verweisen (localhost oder 127.0.0.1).</translation>
    </message>
    <message>
        <source>The redirect URI needs a port, e.g. http://localhost:8085/.</source>
        <translation>Die Redirect-URI braucht einen Port, z. B. http://localhost:8085/.</translation>
    </message>
    <message>
        <source>The redirect URI must not have a query or fragment.</source>
        <translation>Die Redirect-URI darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Choose where to sign in.</source>
        <translation>Wählen Sie, wo Sie sich anmelden möchten.</translation>
    </message>
    <message>
        <source>Enter your app ID from developers.pinterest.com.</source>
        <translation>Geben Sie Ihre App-ID von developers.pinterest.com ein.</translation>
    </message>
    <message>
        <source>Enter your app secret from developers.pinterest.com.</source>
        <translation>Geben Sie Ihr App-Secret von developers.pinterest.com ein.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use, so Pinterest&apos;s answer cannot be received. Close the program using it, or register another redirect URI for your app (e.g. http://localhost:8086/) and enter it here.</source>
        <translation>Port %1 auf diesem Computer ist belegt, daher kann die Antwort von Pinterest nicht empfangen werden. Schließen Sie das Programm, das ihn verwendet, oder registrieren Sie eine andere Redirect-URI für Ihre App (z. B. http://localhost:8086/) und geben Sie sie hier ein.</translation>
    </message>
    <message>
        <source>Pinterest did not grant access: %1</source>
        <translation>Pinterest hat den Zugriff nicht gewährt: %1</translation>
    </message>
    <message>
        <source>Sign-in was stopped because the answer did not match this sign-in request (state mismatch). Please try again.</source>
        <translation>Die Anmeldung wurde gestoppt, weil die Antwort nicht zu dieser Anmeldeanfrage passte (State stimmt nicht überein). Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s answer carried no authorization code.</source>
        <translation>Die Antwort von Pinterest enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>pinstripe::OptimizationGoalEditor</name>
    <message>
        <source>The ad groups have different goals: a change here replaces the goal of all.</source>
        <translation>Die Anzeigengruppen haben unterschiedliche Ziele: Eine Änderung hier ersetzt das Ziel aller.</translation>
    </message>
    <message>
        <source>Conversion goal</source>
        <translation>Conversion-Ziel</translation>
    </message>
    <message>
        <source>Optimize for return on ad spend (CHECKOUT with automatic bidding only)</source>
        <translation>Auf ROAS optimieren (nur CHECKOUT mit automatischen Geboten)</translation>
    </message>
    <message>
        <source>Frequency goal</source>
        <translation>Frequenzziel</translation>
    </message>
    <message>
        <source>Scroll-up goal</source>
        <translation>Scroll-up-Ziel</translation>
    </message>
    <message>
        <source>Conversion tag id</source>
        <translation>Conversion-Tag-ID</translation>
    </message>
    <message>
        <source>Conversion &amp;tag id:</source>
        <translation>Conversion-&amp;Tag-ID:</translation>
    </message>
    <message>
        <source>Conversion event</source>
        <translation>Conversion-Ereignis</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>Conversion &amp;event:</source>
        <translation>Conversion-&amp;Ereignis:</translation>
    </message>
    <message>
        <source>Cost per action goal</source>
        <translation>Ziel für Kosten pro Aktion</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>CPA &amp;goal:</source>
        <translation>&amp;CPA-Ziel:</translation>
    </message>
    <message>
        <source>Click window:</source>
        <translation>Klick-Zeitraum:</translation>
    </message>
    <message>
        <source>Engagement window:</source>
        <translation>Interaktions-Zeitraum:</translation>
    </message>
    <message>
        <source>View window:</source>
        <translation>Ansichts-Zeitraum:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source> impressions</source>
        <translation> Impressionen</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequenz:</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Pro:</translation>
    </message>
    <message>
        <source>Goal &amp;value:</source>
        <translation>Ziel&amp;wert:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>CPA goal: %1</source>
        <translation>CPA-Ziel: %1</translation>
    </message>
    <message>
        <source>Scroll-up goal: %1</source>
        <translation>Scroll-up-Ziel: %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::OptionalDateTimeEdit</name>
    <message>
        <source>(mixed: a change applies to all)</source>
        <translation>(gemischt: eine Änderung gilt für alle)</translation>
    </message>
</context>
<context>
    <name>pinstripe::PendingChangesModel</name>
    <message>
        <source>New ad group</source>
        <translation>Neue Anzeigengruppe</translation>
    </message>
    <message>
        <source>%1: on Pinterest now %2</source>
        <translation>%1: auf Pinterest jetzt %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Anzeigengruppe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>pinstripe::PendingChangesPanel</name>
    <message>
        <source>&amp;Discard</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Discard &amp;all…</source>
        <translation>&amp;Alle verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>&amp;Konflikte lösen…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Discard selected changes</source>
        <translation>Ausgewählte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard the selected changes (Delete)</source>
        <translation>Die ausgewählten Änderungen verwerfen (Entf)</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>Keine ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>Discard all changes</source>
        <translation>Alle Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard the pending change? You can undo this.</source>
        <translation>Die ausstehende Änderung verwerfen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Interrupted post</source>
        <translation>Unterbrochene Veröffentlichung</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1</source>
        <comment>%1 is a count of ad groups</comment>
        <translation>
            <numerusform>%n Änderung an %1</numerusform>
            <numerusform>%n Änderungen an %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n Anzeigengruppe</numerusform>
            <numerusform>%n Anzeigengruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with unknown outcome</source>
        <translation>
            <numerusform>%n mit unbekanntem Ergebnis</numerusform>
            <numerusform>%n mit unbekanntem Ergebnis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>%n Änderung verwerfen</numerusform>
            <numerusform>%n Änderungen verwerfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard all %n pending changes? You can undo this.</source>
        <translation>
            <numerusform>%n ausstehende Änderung verwerfen? Das lässt sich rückgängig machen.</numerusform>
            <numerusform>Alle %n ausstehenden Änderungen verwerfen? Das lässt sich rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::PerformanceChartPanel</name>
    <message>
        <source>Compare with previous period</source>
        <translation>Mit dem vorherigen Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene erneut laden</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Ad group performance</source>
        <translation>Leistung der Anzeigengruppen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Datenreihe</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Choose ad groups in the table to chart them.</source>
        <translation>Wählen Sie Anzeigengruppen in der Tabelle aus, um sie im Diagramm darzustellen.</translation>
    </message>
    <message>
        <source>Pinterest keeps analytics for 90 days, and no archive is available for older ranges.</source>
        <translation>Pinterest bewahrt Analysedaten 90 Tage auf, und für ältere Zeiträume ist kein Archiv vorhanden.</translation>
    </message>
    <message>
        <source>Archived data: saved when Pinstripe fetched it; Pinterest no longer serves this range.</source>
        <translation>Archivierte Daten: gespeichert, als Pinstripe sie abgerufen hat; Pinterest liefert diesen Zeitraum nicht mehr.</translation>
    </message>
    <message>
        <source>Loading analytics…</source>
        <translation>Analysedaten werden geladen…</translation>
    </message>
    <message>
        <source>Loading the missing parts…</source>
        <translation>Die fehlenden Teile werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Some ad groups are missing: %n part(s) did not load (%1). What arrived is shown.</source>
        <translation>
            <numerusform>Einige Anzeigengruppen fehlen: %n Teil wurde nicht geladen (%1). Angezeigt wird, was angekommen ist.</numerusform>
            <numerusform>Einige Anzeigengruppen fehlen: %n Teile wurden nicht geladen (%1). Angezeigt wird, was angekommen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Archived data</source>
        <translation>Archivierte Daten</translation>
    </message>
    <message>
        <source>Ad account %1</source>
        <translation>Werbekonto %1</translation>
    </message>
    <message>
        <source>Ad account %1 (%2)</source>
        <translation>Werbekonto %1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>Ad group performance: %1</source>
        <translation>Leistung der Anzeigengruppen: %1</translation>
    </message>
    <message>
        <source>%1 (previous period)</source>
        <translation>%1 (vorheriger Zeitraum)</translation>
    </message>
</context>
<context>
    <name>pinstripe::PerformanceColumnsProvider</name>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>CPC</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
</context>
<context>
    <name>pinstripe::PeriodComparison</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>pinstripe::PlaceNames</name>
    <message>
        <source>Metro area %1</source>
        <translation>Großraum %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>US metro area&apos;s market name, then its DMA code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>region, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Postal code %1, %2</source>
        <translation>Postleitzahl %1, %2</translation>
    </message>
</context>
<context>
    <name>pinstripe::PostFlow</name>
    <message>
        <source>Post changes</source>
        <translation>Änderungen veröffentlichen</translation>
    </message>
    <message>
        <source>There is nothing to post.</source>
        <translation>Es gibt nichts zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Not connected to Pinterest.</source>
        <translation>Nicht mit Pinterest verbunden.</translation>
    </message>
    <message>
        <source>The bid %1 is under Pinterest&apos;s bid floor of %2 (%3).</source>
        <translation>Das Gebot %1 liegt unter dem Mindestgebot von Pinterest von %2 (%3).</translation>
    </message>
    <message>
        <source>Bid floors could not be checked: %1</source>
        <translation>Mindestgebote konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Posting changes</source>
        <translation>Änderungen werden veröffentlicht</translation>
    </message>
    <message>
        <source>Checking for changes made on Pinterest meanwhile…</source>
        <translation>Es wird geprüft, ob inzwischen auf Pinterest Änderungen vorgenommen wurden…</translation>
    </message>
    <message>
        <source>Posting finished</source>
        <translation>Veröffentlichung abgeschlossen</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>%1 übernommen</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 in conflict with Pinterest</source>
        <translation>%1 im Konflikt mit Pinterest</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>A post was interrupted on %1: %2 confirmed, %3 not confirmed</source>
        <translation>Eine Veröffentlichung wurde am %1 unterbrochen: %2 bestätigt, %3 nicht bestätigt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were sent without an answer from Pinterest</source>
        <translation>
            <numerusform>%n Änderung wurde ohne Antwort von Pinterest gesendet</numerusform>
            <numerusform>%n Änderungen wurden ohne Antwort von Pinterest gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — they are checked with Pinterest before the next post.</source>
        <translation>%1 – sie werden vor der nächsten Veröffentlichung bei Pinterest geprüft.</translation>
    </message>
    <message>
        <source>%1 — checking with Pinterest…</source>
        <translation>%1 – wird bei Pinterest geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n übernommen</numerusform>
            <numerusform>%n übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied (pending again)</source>
        <translation>
            <numerusform>%n nicht übernommen (wieder ausstehend)</numerusform>
            <numerusform>%n nicht übernommen (wieder ausstehend)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict with Pinterest</source>
        <translation>
            <numerusform>%n im Konflikt mit Pinterest</numerusform>
            <numerusform>%n im Konflikt mit Pinterest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown</source>
        <translation>
            <numerusform>%n weiterhin unbekannt</numerusform>
            <numerusform>%n weiterhin unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checked with Pinterest: %2.</source>
        <translation>%1 – bei Pinterest geprüft: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Raise %n bid(s) to the floor</source>
        <translation>
            <numerusform>%n Gebot auf das Mindestgebot anheben</numerusform>
            <numerusform>%n Gebote auf das Mindestgebot anheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for Pinterest&apos;s rate limit — resumes in %n s</source>
        <translation>
            <numerusform>Warten auf das Anfragelimit von Pinterest – weiter in %n s</numerusform>
            <numerusform>Warten auf das Anfragelimit von Pinterest – weiter in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n change(s) whose answer was lost with Pinterest…</source>
        <translation>
            <numerusform>%n Änderung, deren Antwort verloren ging, wird bei Pinterest geprüft…</numerusform>
            <numerusform>%n Änderungen, deren Antwort verloren ging, werden bei Pinterest geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on Pinterest: %1.</source>
        <translation>Auf Pinterest geändert: %1.</translation>
    </message>
    <message>
        <source>Daily budgets in total: %1 per day.</source>
        <translation>Tagesbudgets insgesamt: %1 pro Tag.</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because of a problem found before sending</source>
        <translation>
            <numerusform>%n nicht gesendet wegen eines vor dem Senden gefundenen Problems</numerusform>
            <numerusform>%n nicht gesendet wegen eines vor dem Senden gefundenen Problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied after a lost answer (still pending)</source>
        <translation>
            <numerusform>%n nach verlorener Antwort nicht übernommen (weiterhin ausstehend)</numerusform>
            <numerusform>%n nach verlorener Antwort nicht übernommen (weiterhin ausstehend)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n Anzeigengruppe</numerusform>
            <numerusform>%n Anzeigengruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — see the list in Pending changes.</source>
        <translation>%1 – siehe die Liste unter „Ausstehende Änderungen“.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the summary of a post, ended</comment>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 of %n batch(es) of up to 30 ad groups…</source>
        <translation>
            <numerusform>%1 von %n Paket mit bis zu 30 Anzeigengruppen gesendet…</numerusform>
            <numerusform>%1 von %n Paketen mit bis zu 30 Anzeigengruppen gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with unknown outcome (checked before the next post)</source>
        <translation>
            <numerusform>%n mit unbekanntem Ergebnis (wird vor der nächsten Veröffentlichung geprüft)</numerusform>
            <numerusform>%n mit unbekanntem Ergebnis (werden vor der nächsten Veröffentlichung geprüft)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::PostReviewDialog</name>
    <message>
        <source>Post changes</source>
        <translation>Änderungen veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Post %1</source>
        <translation>%1 &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>New ad groups: %1.</source>
        <translation>Neue Anzeigengruppen: %1.</translation>
    </message>
    <message>
        <source>Daily budgets in total: %1 per day.</source>
        <translation>Tagesbudgets insgesamt: %1 pro Tag.</translation>
    </message>
    <message>
        <source>Ad accounts: %1.</source>
        <translation>Werbekonten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) to %1 to Pinterest?</source>
        <comment>%1 is a count of ad groups</comment>
        <translation>
            <numerusform>%n Änderung an %1 an Pinterest senden?</numerusform>
            <numerusform>%n Änderungen an %1 an Pinterest senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n Anzeigengruppe</numerusform>
            <numerusform>%n Anzeigengruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Don&apos;t ask again for small posts (up to %n change(s))</source>
        <translation>
            <numerusform>Bei kleinen Veröffentlichungen (bis zu %n Änderung) &amp;nicht mehr fragen</numerusform>
            <numerusform>Bei kleinen Veröffentlichungen (bis zu %n Änderungen) &amp;nicht mehr fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::Poster</name>
    <message>
        <source>Not created on Pinterest; it will be sent again.</source>
        <translation>Nicht auf Pinterest erstellt; wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The ad group was not found on Pinterest.</source>
        <translation>Die Anzeigengruppe wurde auf Pinterest nicht gefunden.</translation>
    </message>
    <message>
        <source>Changed on Pinterest since your edit.</source>
        <translation>Seit Ihrer Bearbeitung auf Pinterest geändert.</translation>
    </message>
    <message>
        <source>Pinterest refused this change.</source>
        <translation>Pinterest hat diese Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Pinterest: %1 (code %2)</source>
        <translation>Pinterest: %1 (Code %2)</translation>
    </message>
    <message>
        <source>Sent, but Pinterest&apos;s answer was lost; checked before the next post.</source>
        <translation>Gesendet, aber die Antwort von Pinterest ging verloren; wird vor der nächsten Veröffentlichung geprüft.</translation>
    </message>
    <message>
        <source>Checked with Pinterest: not applied. Post sends it again.</source>
        <translation>Bei Pinterest geprüft: nicht übernommen. Beim Veröffentlichen wird sie erneut gesendet.</translation>
    </message>
    <message>
        <source>Checked with Pinterest: not applied; sent again.</source>
        <translation>Bei Pinterest geprüft: nicht übernommen; erneut gesendet.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s answer did not mention it.</source>
        <translation>Die Antwort von Pinterest hat sie nicht erwähnt.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sent, but Pinterest&apos;s answer was lost (%1).</source>
        <translation>Gesendet, aber die Antwort von Pinterest ging verloren (%1).</translation>
    </message>
    <message>
        <source>Pinterest&apos;s answer was lost; checked: not applied. Post again to send it.</source>
        <translation>Die Antwort von Pinterest ging verloren; geprüft: nicht übernommen. Veröffentlichen Sie erneut, um sie zu senden.</translation>
    </message>
    <message>
        <source>Sent, but not confirmed by Pinterest; checked before the next post.</source>
        <translation>Gesendet, aber nicht von Pinterest bestätigt; wird vor der nächsten Veröffentlichung geprüft.</translation>
    </message>
</context>
<context>
    <name>pinstripe::PrePostCheck</name>
    <message>
        <source>Budget rises by %1% (from %2 to %3).</source>
        <translation>Das Budget steigt um %1 % (von %2 auf %3).</translation>
    </message>
    <message>
        <source>Only DRAFT ad groups can change their %1.</source>
        <translation>%1 kann nur bei Anzeigengruppen im Status DRAFT geändert werden.</translation>
    </message>
    <message>
        <source>budget type</source>
        <translation>Budgettyp</translation>
    </message>
    <message>
        <source>billable event</source>
        <translation>Abrechnungsereignis</translation>
    </message>
    <message>
        <source>A bid is needed unless the bid strategy is automatic.</source>
        <translation>Ohne automatische Gebotsstrategie ist ein Gebot erforderlich.</translation>
    </message>
    <message>
        <source>A LIFETIME budget needs an end time.</source>
        <translation>Ein Laufzeitbudget (LIFETIME) braucht eine Endzeit.</translation>
    </message>
    <message>
        <source>A lifetime frequency cap needs an end time.</source>
        <translation>Eine Frequenzobergrenze für die Laufzeit braucht eine Endzeit.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Die Endzeit muss nach der Startzeit liegen.</translation>
    </message>
    <message>
        <source>The new end time is in the past: the ad group stops at once.</source>
        <translation>Die neue Endzeit liegt in der Vergangenheit: Die Anzeigengruppe endet sofort.</translation>
    </message>
</context>
<context>
    <name>pinstripe::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Pinstripe speaks the chosen language from its next start.</source>
        <translation>Pinstripe verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Exported files in English (column names and words, for tools)</source>
        <translation>&amp;Exportierte Dateien auf Englisch (Spaltennamen und Wörter, für Tools)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
</context>
<context>
    <name>pinstripe::ScheduleSection</name>
    <message>
        <source>Starts at</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>with the campaign</source>
        <translation>mit der Kampagne</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>no end: runs until paused</source>
        <translation>kein Ende: läuft, bis sie pausiert wird</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Times are in %1 (%2); Pinterest stores them as moments, so they hold everywhere.</source>
        <translation>Zeiten sind in %1 (%2) angegeben; Pinterest speichert sie als Zeitpunkte, daher gelten sie überall.</translation>
    </message>
</context>
<context>
    <name>pinstripe::SecretStore</name>
    <message>
        <source>No saved credentials were found in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems wurden keine gespeicherten Zugangsdaten gefunden.</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked).</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (er ist eventuell gesperrt).</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::SessionManager</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>There is no token to sign in with.</source>
        <translation>Es gibt kein Token für die Anmeldung.</translation>
    </message>
    <message>
        <source>Pinterest did not accept this sign-in: %1</source>
        <translation>Pinterest hat diese Anmeldung nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;.</source>
        <translation>Unbekannte Umgebung „%1“.</translation>
    </message>
    <message>
        <source>The sign-in of %1 is no longer in the system keychain. Please sign in again.</source>
        <translation>Die Anmeldung von %1 ist nicht mehr im Schlüsselbund des Systems. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>Nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Some saved credentials could not be deleted from the system keychain: %1</source>
        <translation>Einige gespeicherte Zugangsdaten konnten nicht aus dem Schlüsselbund des Systems gelöscht werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 — demo session, nothing stored</source>
        <translation>%1 · %2 — Demositzung, nichts gespeichert</translation>
    </message>
    <message>
        <source>The demo sandbox did not answer: %1</source>
        <translation>Die Demo-Sandbox hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>%1 — sign-in needed</source>
        <translation>%1 — Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>pinstripe::SessionTokenProvider</name>
    <message>
        <source>The access token has expired and the app ID and secret needed to renew it are missing. Please sign in again.</source>
        <translation>Das Zugriffstoken ist abgelaufen, und App-ID und App-Secret zum Erneuern fehlen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The access token has expired or was revoked and there is no refresh token. Please sign in again.</source>
        <translation>Das Zugriffstoken ist abgelaufen oder wurde widerrufen, und es gibt kein Aktualisierungstoken. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your Pinterest sign-in has run out (the refresh token expired). Please sign in again.</source>
        <translation>Ihre Pinterest-Anmeldung ist abgelaufen (das Aktualisierungstoken ist abgelaufen). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Pinterest no longer accepts this sign-in (%1). Please sign in again; your unsent changes are kept.</source>
        <translation>Pinterest akzeptiert diese Anmeldung nicht mehr (%1). Bitte melden Sie sich erneut an; Ihre nicht gesendeten Änderungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>pinstripe::SheetCommands</name>
    <message>
        <source>&amp;Import Changes…</source>
        <translation>Änderungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a sheet of ad groups (CSV or tab-separated) and preview its changes before they become pending</source>
        <translation>Eine Tabelle mit Anzeigengruppen (CSV oder tabulatorgetrennt) lesen und ihre Änderungen prüfen, bevor sie zu ausstehenden Änderungen werden</translation>
    </message>
    <message>
        <source>Export for E&amp;diting…</source>
        <translation>&amp;Zum Bearbeiten exportieren…</translation>
    </message>
    <message>
        <source>Write the ad groups as a sheet to edit in a spreadsheet and import back</source>
        <translation>Die Anzeigengruppen als Tabelle schreiben, um sie in einer Tabellenkalkulation zu bearbeiten und wieder zu importieren</translation>
    </message>
    <message>
        <source>Import Changes</source>
        <translation>Änderungen importieren</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.tsv *.txt)</source>
        <translation>Tabellen (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 cannot be read as a sheet.

%2</source>
        <translation>%1 kann nicht als Tabelle gelesen werden.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) imported as pending — post them to apply.</source>
        <translation>
            <numerusform>%n Änderung als ausstehend importiert – veröffentlichen Sie sie, um sie anzuwenden.</numerusform>
            <numerusform>%n Änderungen als ausstehend importiert – veröffentlichen Sie sie, um sie anzuwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Export for Editing</source>
        <translation>Zum Bearbeiten exportieren</translation>
    </message>
    <message>
        <source>ad-groups-for-editing-%1</source>
        <translation>anzeigengruppen-zum-bearbeiten-%1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n ad group(s) for editing to %1.</source>
        <translation>
            <numerusform>%n Anzeigengruppe zum Bearbeiten nach %1 exportiert.</numerusform>
            <numerusform>%n Anzeigengruppen zum Bearbeiten nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::ShoppingRetargetingEditor</name>
    <message>
        <source>Shopping retargeting rules</source>
        <translation>Regeln für Shopping-Retargeting</translation>
    </message>
    <message>
        <source>Lookback (days)</source>
        <translation>Rückblick (Tage)</translation>
    </message>
    <message>
        <source>Exclusion (days)</source>
        <translation>Ausschluss (Tage)</translation>
    </message>
    <message>
        <source>Tag types</source>
        <translation>Tag-Typen</translation>
    </message>
    <message>
        <source>Reach people who engaged within the lookback window, except the last exclusion-window days. Tag types are Pinterest&apos;s numeric codes, separated by commas.</source>
        <translation>Erreicht Personen, die innerhalb des Rückblickzeitraums interagiert haben, außer in den letzten Tagen des Ausschlusszeitraums. Tag-Typen sind die numerischen Codes von Pinterest, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds a rule: 30-day lookback, no exclusion, tag types to fill in.</source>
        <translation>Fügt eine Regel hinzu: 30 Tage Rückblick, kein Ausschluss, Tag-Typen sind auszufüllen.</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Removes the selected rule.</source>
        <translation>Entfernt die ausgewählte Regel.</translation>
    </message>
    <message>
        <source>Rule %1: the lookback window must be a whole number of days, at least 1.</source>
        <translation>Regel %1: Der Rückblickzeitraum muss eine ganze Zahl von Tagen sein, mindestens 1.</translation>
    </message>
    <message>
        <source>Rule %1: the exclusion window must be a whole number of days, 0 or more.</source>
        <translation>Regel %1: Der Ausschlusszeitraum muss eine ganze Zahl von Tagen sein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Rule %1: give at least one tag type.</source>
        <translation>Regel %1: Geben Sie mindestens einen Tag-Typ an.</translation>
    </message>
    <message>
        <source>Rule %1: tag type &quot;%2&quot; is not a number.</source>
        <translation>Regel %1: Tag-Typ „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Rule %1: the exclusion window (%2) must be shorter than the lookback window (%3).</source>
        <translation>Regel %1: Das Ausschlussfenster (%2) muss kürzer sein als das Rückblickfenster (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::StatsFreshnessLabel</name>
    <message>
        <source>Statistics freshness</source>
        <translation>Aktualität der Statistiken</translation>
    </message>
    <message>
        <source>Statistics as of %1, updating…</source>
        <translation>Statistiken vom %1, werden aktualisiert…</translation>
    </message>
    <message>
        <source>Statistics as of %1</source>
        <translation>Statistiken vom %1</translation>
    </message>
    <message>
        <source>Loading statistics…</source>
        <translation>Statistiken werden geladen…</translation>
    </message>
    <message>
        <source>Spend, clicks and the other statistics in the table cover %1 to %2 (UTC).</source>
        <translation>Ausgaben, Klicks und die übrigen Statistiken der Tabelle umfassen %1 bis %2 (UTC).</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingAnalyticsRequest</name>
    <message>
        <source>Loading targeting analytics</source>
        <translation>Targeting-Analysedaten werden geladen</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingBreakdown</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation>Alter und Geschlecht</translation>
    </message>
    <message>
        <source>Metro area (DMA)</source>
        <translation>Großraum (DMA)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Device / app type</source>
        <translation>Gerät/App-Typ</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Targeted interest</source>
        <translation>Gezieltes Interesse</translation>
    </message>
    <message>
        <source>Pinner interest</source>
        <translation>Pinner-Interesse</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Creative enhancements</source>
        <translation>Creative-Verbesserungen</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingBreakdownPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene erneut laden</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Targeting breakdown</source>
        <translation>Aufschlüsselung nach Targeting</translation>
    </message>
    <message>
        <source>Sort and chart by:</source>
        <translation>Sortieren und darstellen nach:</translation>
    </message>
    <message>
        <source>Targeting types:</source>
        <translation>Targeting-Typen:</translation>
    </message>
    <message>
        <source>Choose at least one targeting type.</source>
        <translation>Wählen Sie mindestens einen Targeting-Typ.</translation>
    </message>
    <message>
        <source>Targeting breakdowns are only available for the last 90 days.</source>
        <translation>Aufschlüsselungen nach Targeting gibt es nur für die letzten 90 Tage.</translation>
    </message>
    <message>
        <source>Loading targeting breakdown…</source>
        <translation>Aufschlüsselung nach Targeting wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Some ad groups are missing: %n part(s) did not load (%1). What arrived is shown.</source>
        <translation>
            <numerusform>Einige Anzeigengruppen fehlen: %n Teil wurde nicht geladen (%1). Angezeigt wird, was angekommen ist.</numerusform>
            <numerusform>Einige Anzeigengruppen fehlen: %n Teile wurden nicht geladen (%1). Angezeigt wird, was angekommen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion-Rate</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>Kosten pro Conversion</translation>
    </message>
    <message>
        <source>Targeting breakdown by %1: %2</source>
        <translation>Aufschlüsselung nach Targeting – %1: %2</translation>
    </message>
    <message>
        <source>Ad account %1</source>
        <translation>Werbekonto %1</translation>
    </message>
    <message>
        <source>Ad account %1 (%2)</source>
        <translation>Werbekonto %1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>%1: no %2 in this range</source>
        <translation>%1: keine %2 in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingKeyEditor</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingPresetPanel</name>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset</source>
        <translation>Als &amp;Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>Targeting presets</source>
        <translation>Targeting-Voreinstellungen</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Name der Voreinstellung</translation>
    </message>
    <message>
        <source>name for the spec below</source>
        <translation>Name für die Spezifikation unten</translation>
    </message>
    <message>
        <source>(no presets saved yet)</source>
        <translation>(noch keine Voreinstellungen gespeichert)</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingSection</name>
    <message>
        <source>The ad groups have different targeting: a change here replaces the targeting of all.</source>
        <translation>Die Anzeigengruppen haben unterschiedliches Targeting: Eine Änderung hier ersetzt das Targeting aller.</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingSpecEditor</name>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Targeting strategy</source>
        <translation>Targeting-Strategie</translation>
    </message>
    <message>
        <source>Shopping retargeting</source>
        <translation>Shopping-Retargeting</translation>
    </message>
    <message>
        <source>Targeting spec as JSON</source>
        <translation>Targeting-Spezifikation als JSON</translation>
    </message>
    <message>
        <source>The targeting_spec exactly as it is sent to Pinterest.</source>
        <translation>Die targeting_spec genau so, wie sie an Pinterest gesendet wird.</translation>
    </message>
    <message>
        <source>Show &amp;JSON</source>
        <translation>&amp;JSON anzeigen</translation>
    </message>
    <message>
        <source>Shows the targeting spec exactly as it is sent to Pinterest.</source>
        <translation>Zeigt die Targeting-Spezifikation genau so, wie sie an Pinterest gesendet wird.</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Gesendet als %1</translation>
    </message>
    <message>
        <source>Also sent unchanged (not editable here): %1</source>
        <translation>Ebenfalls unverändert gesendet (hier nicht bearbeitbar): %1</translation>
    </message>
    <message>
        <source>Hide &amp;JSON</source>
        <translation>&amp;JSON ausblenden</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingStrategyEditor</name>
    <message>
        <source>Targeting strategy</source>
        <translation>Targeting-Strategie</translation>
    </message>
    <message>
        <source>Pinterest&apos;s targeting preset (TARGETING_STRATEGY); &quot;Not set&quot; leaves it out.</source>
        <translation>Vorgefertigtes Targeting von Pinterest (TARGETING_STRATEGY); „Nicht festgelegt“ lässt es weg.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingValueNames</name>
    <message>
        <source>%1 and over</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Gender unknown</source>
        <translation>Geschlecht unbekannt</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>iPad</source>
        <translation>iPad</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Android-Smartphone</translation>
    </message>
    <message>
        <source>Android tablet</source>
        <translation>Android-Tablet</translation>
    </message>
    <message>
        <source>Desktop web</source>
        <translation>Desktop-Web</translation>
    </message>
    <message>
        <source>Mobile web</source>
        <translation>Mobiles Web</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>gender, then age range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Browsen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>pinstripe::TokenEndpoint</name>
    <message>
        <source>Pinterest&apos;s token service gave an unusable answer (%1).</source>
        <translation>Der Token-Dienst von Pinterest hat eine unbrauchbare Antwort geliefert (%1).</translation>
    </message>
</context>
<context>
    <name>pinstripe::TokenHealth</name>
    <message>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>access token expiry unknown</source>
        <translation>Ablauf des Zugriffstokens unbekannt</translation>
    </message>
    <message>
        <source>access token expired, renewing</source>
        <translation>Zugriffstoken abgelaufen, wird erneuert</translation>
    </message>
    <message>
        <source>access token expired</source>
        <translation>Zugriffstoken abgelaufen</translation>
    </message>
    <message>
        <source>access token renews in %1</source>
        <translation>Zugriffstoken wird in %1 erneuert</translation>
    </message>
    <message>
        <source>access token expires in %1</source>
        <translation>Zugriffstoken läuft in %1 ab</translation>
    </message>
    <message>
        <source>sign-in needed again in %1</source>
        <translation>erneute Anmeldung in %1 nötig</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>kein Aktualisierungstoken</translation>
    </message>
    <message>
        <source>sign-in needed now</source>
        <translation>erneute Anmeldung jetzt nötig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::TokenHealthLabel</name>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Your Pinterest sign-in is kept in the system keychain.</source>
        <translation>Ihre Pinterest-Anmeldung wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>pinstripe::TokenStore</name>
    <message>
        <source>This value is too long for the system keychain (%1 bytes; at most %2 bytes can be stored).</source>
        <translation>Dieser Wert ist zu lang für den Schlüsselbund des Systems (%1 Byte; höchstens %2 Byte können gespeichert werden).</translation>
    </message>
    <message>
        <source>Kept for this session only: the system keychain could not be used.</source>
        <translation>Nur für diese Sitzung aufbewahrt: Der Schlüsselbund des Systems konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>A keychain entry of Pinstripe is damaged; please sign in again.</source>
        <translation>Ein Schlüsselbund-Eintrag von Pinstripe ist beschädigt; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>A keychain entry of Pinstripe is incomplete; please sign in again.</source>
        <translation>Ein Schlüsselbund-Eintrag von Pinstripe ist unvollständig; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Pinstripe could not use the system keychain (%1). Your sign-in is kept for this session only and is not saved anywhere on disk; you will need to sign in again after restarting Pinstripe.</source>
        <translation>Pinstripe konnte den Schlüsselbund des Systems nicht verwenden (%1). Ihre Anmeldung wird nur für diese Sitzung aufbewahrt und nirgends auf der Festplatte gespeichert; nach einem Neustart von Pinstripe müssen Sie sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>pinstripe::TrackingUrlsEditor</name>
    <message>
        <source>One URL a line, at most 3 per event. They override the campaign&apos;s URLs.</source>
        <translation>Eine URL pro Zeile, höchstens 3 pro Ereignis. Sie ersetzen die URLs der Kampagne.</translation>
    </message>
    <message>
        <source>Impression:</source>
        <translation>Impression:</translation>
    </message>
    <message>
        <source>Click:</source>
        <translation>Klick:</translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation>Interaktion:</translation>
    </message>
    <message>
        <source>Buyable button:</source>
        <translation>Kaufen-Button:</translation>
    </message>
    <message>
        <source>Audience verification:</source>
        <translation>Zielgruppenverifizierung:</translation>
    </message>
    <message>
        <source>(mixed: a change replaces the URLs of all)</source>
        <translation>(gemischt: eine Änderung ersetzt die URLs aller)</translation>
    </message>
</context>
<context>
    <name>pinstripe::UpdateAdGroupsRequest</name>
    <message>
        <source>Updating ad groups</source>
        <translation>Anzeigengruppen werden aktualisiert</translation>
    </message>
</context>
<context>
    <name>pinstripe::WelcomePage</name>
    <message>
        <source>&amp;Connect to Pinterest…</source>
        <translation>Mit Pinterest &amp;verbinden…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>Browse your Pinterest ad groups, edit budgets, bids, schedules and targeting — one or hundreds at once — check bid floors, chart performance, and post your changes safely.</source>
        <translation>Durchsuchen Sie Ihre Pinterest-Anzeigengruppen, bearbeiten Sie Budgets, Gebote, Zeitpläne und Targeting – eine oder Hunderte auf einmal –, prüfen Sie Mindestgebote, sehen Sie die Leistung im Diagramm und veröffentlichen Sie Ihre Änderungen sicher.</translation>
    </message>
    <message>
        <source>No Pinterest account at hand? The demo runs a Pinterest of its own on this computer, with sample ad accounts, so you can try everything without spending.</source>
        <translation>Kein Pinterest-Konto zur Hand? Die Demo betreibt ein eigenes Pinterest auf diesem Computer, mit Beispiel-Werbekonten, sodass Sie alles ausprobieren können, ohne Geld auszugeben.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Schlüsselbund des Systems wird gesucht…</translation>
    </message>
    <message>
        <source>Your sign-in will be kept in the system keychain, never in a file.</source>
        <translation>Ihre Anmeldung wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>No system keychain found: tokens will be kept for this session only.</source>
        <translation>Kein Schlüsselbund des Systems gefunden: Tokens werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>pinstripe::WordInSentence</name>
    <message>
        <source>lower</source>
        <extracomment>How a field name is written inside a sentence: &quot;lower&quot; when its first letter goes lower case there (English, French), &quot;keep&quot; when it stays as in a heading (German nouns).</extracomment>
        <translation>keep</translation>
    </message>
</context>
<context>
    <name>pinstripe::WorkspaceController</name>
    <message>
        <source>Pending Changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Change Journal</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Targeting Breakdown</source>
        <translation>Aufschlüsselung nach Targeting</translation>
    </message>
    <message>
        <source>&amp;New Ad Group…</source>
        <translation>&amp;Neue Anzeigengruppe…</translation>
    </message>
    <message>
        <source>&amp;Edit Ad Groups…</source>
        <translation>Anzeigengruppen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Ad Groups…</source>
        <translation>Anzeigengruppen &amp;duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Massenbearbeitung…</translation>
    </message>
    <message>
        <source>Status, budgets, bids, end dates or targeting of all selected ad groups at once</source>
        <translation>Status, Budgets, Gebote, Enddaten oder Targeting aller ausgewählten Anzeigengruppen auf einmal</translation>
    </message>
    <message>
        <source>&amp;Post Changes…</source>
        <translation>Änderungen &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Check the pending changes and send them to Pinterest</source>
        <translation>Die ausstehenden Änderungen prüfen und an Pinterest senden</translation>
    </message>
    <message>
        <source>&amp;Bid Floor Calculator…</source>
        <translation>&amp;Mindestgebotsrechner…</translation>
    </message>
    <message>
        <source>The lowest bids Pinterest delivers for countries, objective and targeting</source>
        <translation>Die niedrigsten Gebote, mit denen Pinterest für Länder, Kampagnenziel und Targeting ausliefert</translation>
    </message>
    <message>
        <source>Check Bid &amp;Floors of Selection…</source>
        <translation>Mindestgebote der Auswahl &amp;prüfen…</translation>
    </message>
    <message>
        <source>Performance &amp;Range</source>
        <translation>Leistungs&amp;zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Raise %n bid(s) to the floor</source>
        <translation>
            <numerusform>%n Gebot auf das Mindestgebot anheben</numerusform>
            <numerusform>%n Gebote auf das Mindestgebot anheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) raised to the floor as pending changes; post to send them.</source>
        <translation>
            <numerusform>%n Gebot als ausstehende Änderung auf das Mindestgebot angehoben; veröffentlichen Sie, um es zu senden.</numerusform>
            <numerusform>%n Gebote als ausstehende Änderungen auf das Mindestgebot angehoben; veröffentlichen Sie, um sie zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert added as a pending change — post it to apply.</source>
        <translation>Rücknahme als ausstehende Änderung hinzugefügt – veröffentlichen Sie sie, um sie anzuwenden.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>Massenbearbeitung</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Bid Floors</source>
        <translation>Mindestgebote</translation>
    </message>
    <message>
        <source>Only a new ad group that is pending or was refused can be opened; one with an unknown outcome is checked on the next post.</source>
        <translation>Nur eine neue Anzeigengruppe, die aussteht oder abgelehnt wurde, kann geöffnet werden; eine mit unbekanntem Ergebnis wird bei der nächsten Veröffentlichung geprüft.</translation>
    </message>
</context>
<context>
    <name>pinstripe::paramcheck</name>
    <message>
        <source>%1 &quot;%2&quot; is not a valid Pinterest id (up to 18 digits).</source>
        <translation>%1 „%2“ ist keine gültige Pinterest-ID (bis zu 18 Ziffern).</translation>
    </message>
    <message>
        <source>%1: at least one id is required.</source>
        <translation>%1: Mindestens eine ID ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: at most %2 ids per request (got %3).</source>
        <translation>%1: höchstens %2 IDs pro Anfrage (erhalten: %3).</translation>
    </message>
    <message>
        <source>page_size must be between 1 and 250 (got %1).</source>
        <translation>page_size muss zwischen 1 und 250 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>%1 „%2“ ist keiner der zulässigen Werte: %3.</translation>
    </message>
    <message>
        <source>%1: between 1 and 30 ad groups per request (got %2).</source>
        <translation>%1: zwischen 1 und 30 Anzeigengruppen pro Anfrage (erhalten: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n value(s) (got %2).</source>
        <translation>
            <numerusform>%1: höchstens %n Wert (erhalten: %2).</numerusform>
            <numerusform>%1: höchstens %n Werte (erhalten: %2).</numerusform>
        </translation>
    </message>
</context>
</TS>
