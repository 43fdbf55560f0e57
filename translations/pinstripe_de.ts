<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>pinstripe::MainWindow</name>
    <message>
        <source>No ad account is open yet.</source>
        <translation>Noch ist kein Anzeigenkonto geöffnet.</translation>
    </message>
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
</TS>
