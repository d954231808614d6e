<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>fab::AllocationForecast</name>
    <message>
        <source>All of it is used: %1 of %2.</source>
        <translation>Alles ist verbraucht: %1 von %2.</translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: it needs at least two readings of the usage within %n day(s), and there %1. Refresh again later.</source>
        <translation>
            <numerusform>Noch keine Prognose: Dafür sind mindestens zwei Verbrauchsmessungen innerhalb von %n Tag nötig, und es %1. Aktualisieren Sie später erneut.</numerusform>
            <numerusform>Noch keine Prognose: Dafür sind mindestens zwei Verbrauchsmessungen innerhalb von %n Tagen nötig, und es %1. Aktualisieren Sie später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>are none</source>
        <translation>gibt keine</translation>
    </message>
    <message>
        <source>is one</source>
        <translation>gibt erst eine</translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: the readings are only %n minute(s) apart, too close to tell a pace. Refresh again later.</source>
        <translation>
            <numerusform>Noch keine Prognose: Die Messungen liegen nur %n Minute auseinander, zu dicht, um ein Tempo abzulesen. Aktualisieren Sie später erneut.</numerusform>
            <numerusform>Noch keine Prognose: Die Messungen liegen nur %n Minuten auseinander, zu dicht, um ein Tempo abzulesen. Aktualisieren Sie später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>Using about %1; the granted amount is unknown, so there is no run-out date.</source>
        <translation>Verbrauch etwa %1; die bewilligte Menge ist unbekannt, daher lässt sich nicht sagen, wann das Budget aufgebraucht ist.</translation>
    </message>
    <message>
        <source>Using about %1: at this pace it lasts more than a hundred years.</source>
        <translation>Verbrauch etwa %1: Bei diesem Tempo reicht es mehr als hundert Jahre.</translation>
    </message>
    <message numerus="yes">
        <source>No use in the last %n day(s): at this pace it does not run out.</source>
        <translation>
            <numerusform>Kein Verbrauch innerhalb von %n Tag: Bei diesem Tempo wird das Budget nicht aufgebraucht.</numerusform>
            <numerusform>Kein Verbrauch innerhalb der letzten %n Tage: Bei diesem Tempo wird das Budget nicht aufgebraucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>At this pace (%1) the period ends first, on %2, with about %3 unused; the budget alone would last until %4.</source>
        <translation>Bei diesem Tempo (%1) endet zuerst der Zeitraum, am %2, und etwa %3 bleiben ungenutzt; das Budget allein würde bis %4 reichen.</translation>
    </message>
    <message>
        <source>At this pace (%1) the budget runs out on %2, before the period ends on %3.</source>
        <translation>Bei diesem Tempo (%1) ist das Budget am %2 aufgebraucht, bevor der Zeitraum am %3 endet.</translation>
    </message>
    <message>
        <source>At this pace (%1) the budget runs out on %2.</source>
        <translation>Bei diesem Tempo (%1) ist das Budget am %2 aufgebraucht.</translation>
    </message>
</context>
<context>
    <name>fab::AllocationFormat</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>the scheduler&apos;s</source>
        <translation>Scheduler</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 output could not be read; what could not be read is shown as unknown.</source>
        <translation>
            <numerusform>%n Zeile der %1-Ausgabe konnte nicht gelesen werden; was nicht gelesen werden konnte, wird als unbekannt angezeigt.</numerusform>
            <numerusform>%n Zeilen der %1-Ausgabe konnten nicht gelesen werden; was nicht gelesen werden konnte, wird als unbekannt angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No allocations reported.</source>
        <translation>Keine Kontingente gemeldet.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation>BEWILLIGT</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>VERBRAUCHT</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>VERBLEIBEND</translation>
    </message>
    <message>
        <source>USED %</source>
        <translation>VERBRAUCHT %</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No partitions reported.</source>
        <translation>Keine Partitionen gemeldet.</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>NODES IDLE/TOTAL</source>
        <translation>KNOTEN FREI/GESAMT</translation>
    </message>
    <message>
        <source>GPUS/NODE</source>
        <translation>GPUS/KNOTEN</translation>
    </message>
    <message>
        <source>GPU TYPE</source>
        <translation>GPU-TYP</translation>
    </message>
    <message>
        <source>FREE GPUS</source>
        <translation>FREIE GPUS</translation>
    </message>
    <message>
        <source>DEFAULT TIME</source>
        <translation>STANDARDZEIT</translation>
    </message>
    <message>
        <source>MAX TIME</source>
        <translation>MAX. ZEIT</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>* the default partition</source>
        <translation>* die Standardpartition</translation>
    </message>
</context>
<context>
    <name>fab::BatchScript</name>
    <message>
        <source>uses {%1}, which is neither a parameter nor a sweep axis; add it to &quot;parameters&quot; or write {{%1}} for literal braces</source>
        <translation>verwendet {%1}, das weder ein Parameter noch eine Sweep-Achse ist; fügen Sie es zu &quot;parameters&quot; hinzu oder schreiben Sie {{%1}} für wörtliche geschweifte Klammern</translation>
    </message>
    <message>
        <source>has a backslash right before {%1}; remove it, Fabbrica quotes the value itself</source>
        <translation>hat einen Backslash direkt vor {%1}; entfernen Sie ihn, Fabbrica setzt den Wert selbst in Anführungszeichen</translation>
    </message>
    <message>
        <source>cannot go into an #SBATCH line: only letters, digits and _ . + - / @ : , = are allowed, got &quot;%1&quot;</source>
        <translation>kann nicht in eine #SBATCH-Zeile: Nur Buchstaben, Ziffern und _ . + - / @ : , = sind erlaubt, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be an amount such as 120G or 512M</source>
        <translation>muss eine Menge wie 120G oder 512M sein</translation>
    </message>
    <message>
        <source>must be a wall time such as 02:00:00</source>
        <translation>muss eine Walltime wie 02:00:00 sein</translation>
    </message>
    <message>
        <source>must be an absolute path, got &quot;%1&quot;</source>
        <translation>muss ein absoluter Pfad sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a valid variable name</source>
        <translation>ist kein gültiger Variablenname</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>must be a plain file name, got &quot;%1&quot;</source>
        <translation>muss ein einfacher Dateiname sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be at least 1, got %1</source>
        <translation>muss mindestens 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>ist kein gültiger Parametername (Buchstaben, Ziffern und &apos;_&apos;, nicht mit einer Ziffer beginnend)</translation>
    </message>
</context>
<context>
    <name>fab::BudgetTools</name>
    <message>
        <source>Slurm sets no GrpTRESMins limit on this account</source>
        <translation>Slurm setzt für dieses Konto kein GrpTRESMins-Limit</translation>
    </message>
    <message>
        <source>saldo&apos;s total consumed (%1) disagrees with its %2 %; the cluster&apos;s consumed column is used</source>
        <translation>der Gesamtverbrauch laut saldo (%1) passt nicht zu dessen Angabe von %2 %; die Verbrauchsspalte des Clusters wird verwendet</translation>
    </message>
    <message>
        <source>this month %1 of %2 local hours</source>
        <translation>diesen Monat %1 von %2 lokalen Stunden</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>granted for this month</source>
        <translation>für diesen Monat bewilligt</translation>
    </message>
</context>
<context>
    <name>fab::ClusterProfile</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>a profile file must hold one JSON object, got %1</source>
        <translation>eine Profildatei muss genau ein JSON-Objekt enthalten, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown field; remove it</source>
        <translation>unbekanntes Feld; entfernen Sie es</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, got %1</source>
        <translation>muss aus 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen, erhalten: %1</translation>
    </message>
    <message>
        <source>must be a host name such as login.leonardo.cineca.it, got %1</source>
        <translation>muss ein Hostname wie login.leonardo.cineca.it sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535, got %1</source>
        <translation>muss eine ganze Zahl von 1 bis 65535 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be a user name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), got %1</source>
        <translation>muss ein Benutzername sein (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), erhalten: %1</translation>
    </message>
    <message>
        <source>must be text in quotes or null, got %1</source>
        <translation>muss Text in Anführungszeichen oder null sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be &quot;slurm&quot; or &quot;local&quot;, got %1</source>
        <translation>muss &quot;slurm&quot; oder &quot;local&quot; sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>muss ein Objekt sein, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown field; use account, partition or qos</source>
        <translation>unbekanntes Feld; verwenden Sie account, partition oder qos</translation>
    </message>
    <message>
        <source>&quot;this-computer&quot; is reserved for the built-in profile; rename it</source>
        <translation>&quot;this-computer&quot; ist für das eingebaute Profil reserviert; benennen Sie es um</translation>
    </message>
</context>
<context>
    <name>fab::Estimate</name>
    <message>
        <source>the sweep&apos;s number of tasks is unknown; fix the sweep first</source>
        <translation>die Anzahl der Tasks des Sweeps ist unbekannt; korrigieren Sie zuerst den Sweep</translation>
    </message>
    <message>
        <source>has no time limit, so the cost cannot be estimated; set one such as &quot;02:00:00&quot;</source>
        <translation>hat kein Zeitlimit, daher lassen sich die Kosten nicht schätzen; setzen Sie eines wie &quot;02:00:00&quot;</translation>
    </message>
    <message>
        <source>%1 tasks × %2 nodes</source>
        <translation>%1 Tasks × %2 Knoten</translation>
    </message>
    <message>
        <source>%1 × %2 GPUs × %3 h</source>
        <translation>%1 × %2 GPUs × %3 h</translation>
    </message>
    <message>
        <source> × %1</source>
        <translation> × %1</translation>
    </message>
    <message>
        <source>%1 × %2 h (whole nodes)</source>
        <translation>%1 × %2 h (ganze Knoten)</translation>
    </message>
    <message>
        <source> × %1 per node-hour</source>
        <translation> × %1 pro Knotenstunde</translation>
    </message>
    <message>
        <source>%1 GPUs × %2</source>
        <translation>%1 GPUs × %2</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 Kerne</translation>
    </message>
    <message>
        <source>⌈%1 cores / %2⌉</source>
        <translation>⌈%1 Kerne / %2⌉</translation>
    </message>
    <message>
        <source>⌈%1 / %2 MB⌉</source>
        <translation>⌈%1 / %2 MB⌉</translation>
    </message>
    <message>
        <source>%1 × max(%2) × %3 h</source>
        <translation>%1 × max(%2) × %3 h</translation>
    </message>
    <message>
        <source>The cost cannot be estimated: %1</source>
        <translation>Die Kosten lassen sich nicht schätzen: %1</translation>
    </message>
    <message>
        <source>something it needs is unknown</source>
        <translation>eine benötigte Angabe ist unbekannt</translation>
    </message>
    <message>
        <source>This run costs about %1; the allocation of %2 is counted in %3, so the two cannot be compared.</source>
        <translation>Dieser Lauf kostet etwa %1; das Kontingent von %2 wird in %3 gezählt, daher lassen sich beide nicht vergleichen.</translation>
    </message>
    <message>
        <source>This run costs about %1. How much %2 has left is unknown (%3 did not say), so Fabbrica cannot tell whether it fits.</source>
        <translation>Dieser Lauf kostet etwa %1. Wie viel %2 noch übrig hat, ist unbekannt (%3 hat es nicht angegeben), daher kann Fabbrica nicht sagen, ob er ins Budget passt.</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>der Cluster</translation>
    </message>
    <message>
        <source>Over budget: this run costs about %1, but %2 has only %3 left. Slurm may keep it waiting (AssocGrp…Minutes) or refuse it; shorten the time limit, use fewer tasks or GPUs, or ask for more hours.</source>
        <translation>Budget überschritten: Dieser Lauf kostet etwa %1, aber %2 hat nur noch %3 übrig. Slurm lässt ihn womöglich warten (AssocGrp…Minutes) oder lehnt ihn ab; verkürzen Sie das Zeitlimit, verwenden Sie weniger Tasks oder GPUs, oder beantragen Sie mehr Stunden.</translation>
    </message>
    <message>
        <source>This run costs about %1 of the %2 that %3 has left.</source>
        <translation>Dieser Lauf kostet etwa %1 der %2, die %3 noch übrig hat.</translation>
    </message>
    <message>
        <source> (no GPUs asked for: this budget counts GPU time only)</source>
        <translation> (keine GPUs angefordert: Dieses Budget zählt nur GPU-Zeit)</translation>
    </message>
</context>
<context>
    <name>fab::Experiment</name>
    <message>
        <source>must be &quot;%1&quot;, got %2</source>
        <translation>muss &quot;%1&quot; sein, erhalten: %2</translation>
    </message>
    <message>
        <source>this file was written by a newer Fabbrica (schema %1); this version reads schema %2 and older: update Fabbrica to open it</source>
        <translation>diese Datei wurde von einer neueren Fabbrica-Version geschrieben (Schema %1); diese Version liest Schema %2 und älter: Aktualisieren Sie Fabbrica, um sie zu öffnen</translation>
    </message>
    <message>
        <source>unknown field; remove it (known here: %1)</source>
        <translation>unbekanntes Feld; entfernen Sie es (hier bekannt: %1)</translation>
    </message>
    <message>
        <source>unknown field; did you mean &quot;%1&quot;?</source>
        <translation>unbekanntes Feld; meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>is missing; add an object here</source>
        <translation>fehlt; fügen Sie hier ein Objekt hinzu</translation>
    </message>
    <message>
        <source>must be an object ({ … }), got %1</source>
        <translation>muss ein Objekt ({ … }) sein, erhalten: %1</translation>
    </message>
    <message>
        <source>is missing; add a text value here</source>
        <translation>fehlt; fügen Sie hier einen Textwert hinzu</translation>
    </message>
    <message>
        <source>must be text in quotes, got %1</source>
        <translation>muss Text in Anführungszeichen sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation>%1, erhalten: %2</translation>
    </message>
    <message>
        <source>must be a list of paths, got %1</source>
        <translation>muss eine Liste von Pfaden sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be a non-empty path in quotes, got %1</source>
        <translation>muss ein nicht leerer Pfad in Anführungszeichen sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be a path relative to the experiment&apos;s folder (no leading / or ~), got %1</source>
        <translation>muss ein Pfad relativ zum Ordner des Experiments sein (ohne führendes / oder ~), erhalten: %1</translation>
    </message>
    <message>
        <source>must stay inside the experiment&apos;s folder (no &quot;..&quot;), got %1</source>
        <translation>muss innerhalb des Ordners des Experiments bleiben (kein &quot;..&quot;), erhalten: %1</translation>
    </message>
    <message>
        <source>must not start with &apos;-&apos; or contain line breaks, got %1</source>
        <translation>darf nicht mit &apos;-&apos; beginnen oder Zeilenumbrüche enthalten, erhalten: %1</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>muss einer der Werte %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>must be a Slurm name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;)</source>
        <translation>muss ein Slurm-Name sein (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be an amount such as 120G, 512M or 64000 (megabytes)</source>
        <translation>muss eine Menge wie 120G, 512M oder 64000 (Megabyte) sein</translation>
    </message>
    <message>
        <source>must be a wall time such as &quot;02:00:00&quot; (hours:minutes:seconds), &quot;90&quot; (minutes) or &quot;1-12:00:00&quot; (days-hours:minutes:seconds), got %1</source>
        <translation>muss eine Walltime wie &quot;02:00:00&quot; (Stunden:Minuten:Sekunden), &quot;90&quot; (Minuten) oder &quot;1-12:00:00&quot; (Tage-Stunden:Minuten:Sekunden) sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>muss länger als null sein</translation>
    </message>
    <message>
        <source>must be a list of module names, got %1</source>
        <translation>muss eine Liste von Modulnamen sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be a module name such as &quot;cuda/12.2&quot; (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;/&apos;, &apos;@&apos;, &apos;:&apos;, &apos;-&apos;), got %1</source>
        <translation>muss ein Modulname wie &quot;cuda/12.2&quot; sein (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;/&apos;, &apos;@&apos;, &apos;:&apos;, &apos;-&apos;), erhalten: %1</translation>
    </message>
    <message>
        <source>must be an object of NAME: &quot;value&quot;, got %1</source>
        <translation>muss ein Objekt der Form NAME: &quot;Wert&quot; sein, erhalten: %1</translation>
    </message>
    <message>
        <source>is not a valid variable name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>ist kein gültiger Variablenname (Buchstaben, Ziffern und &apos;_&apos;, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <source>is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>ist kein gültiger Parametername (Buchstaben, Ziffern und &apos;_&apos;, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <source>must be a number, text or true/false, got %1</source>
        <translation>muss eine Zahl, ein Text oder true/false sein, erhalten: %1</translation>
    </message>
    <message>
        <source>is missing; a random sweep needs the number of draws</source>
        <translation>fehlt; ein Zufalls-Sweep braucht die Anzahl der Ziehungen</translation>
    </message>
    <message>
        <source>has no axes; add one such as &quot;lr&quot;: [1e-4, 3e-4] or remove the sweep</source>
        <translation>hat keine Achsen; fügen Sie eine hinzu, etwa &quot;lr&quot;: [1e-4, 3e-4], oder entfernen Sie den Sweep</translation>
    </message>
    <message>
        <source>must be a non-empty list of values, got %1</source>
        <translation>muss eine nicht leere Liste von Werten sein, erhalten: %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>ist kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>needs a named group (?&lt;step&gt;…) and one per metric</source>
        <translation>braucht eine benannte Gruppe (?&lt;step&gt;…) und eine pro Metrik</translation>
    </message>
    <message>
        <source>an experiment file must hold one JSON object ({ … }), got %1</source>
        <translation>eine Experimentdatei muss genau ein JSON-Objekt ({ … }) enthalten, erhalten: %1</translation>
    </message>
    <message>
        <source>is missing; add &quot;schema&quot;: &quot;%1&quot;</source>
        <translation>fehlt; fügen Sie &quot;schema&quot;: &quot;%1&quot; hinzu</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation>muss aus 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen und darf nicht mit &apos;.&apos; oder &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>must be a profile name</source>
        <translation>muss ein Profilname sein</translation>
    </message>
    <message>
        <source>uses {%1}, which is neither a parameter nor a sweep axis; add &quot;%1&quot; to &quot;parameters&quot; or write {{%1}} for literal braces</source>
        <translation>verwendet {%1}, das weder ein Parameter noch eine Sweep-Achse ist; fügen Sie &quot;%1&quot; zu &quot;parameters&quot; hinzu oder schreiben Sie {{%1}} für wörtliche geschweifte Klammern</translation>
    </message>
    <message>
        <source>must be a whole number ≥ %1, got %2</source>
        <translation>muss eine ganze Zahl ≥ %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, got %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, erhalten: %3</translation>
    </message>
    <message>
        <source>must not contain &apos;$&apos; (the cluster&apos;s shell would read it as a variable), got %1</source>
        <translation>darf kein &apos;$&apos; enthalten (die Shell des Clusters würde es als Variable lesen), erhalten: %1</translation>
    </message>
    <message>
        <source>contains a Windows line break (CR LF), which Slurm refuses in a batch script; remove the CR characters</source>
        <translation>enthält einen Windows-Zeilenumbruch (CR LF), den Slurm in einem Batch-Skript ablehnt; entfernen Sie die CR-Zeichen</translation>
    </message>
</context>
<context>
    <name>fab::FileFollower</name>
    <message>
        <source>internal error: data for offset %1 arrived while %2 was expected; the follow stopped so that no byte is lost or counted twice</source>
        <translation>interner Fehler: Daten für Offset %1 kamen an, während %2 erwartet wurde; das Mitlesen wurde angehalten, damit kein Byte verloren geht oder doppelt gezählt wird</translation>
    </message>
</context>
<context>
    <name>fab::HistoryDb</name>
    <message>
        <source>cannot create the folder for the history database %1</source>
        <translation>der Ordner für die Verlaufsdatenbank %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the history database %1: %2</source>
        <translation>die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the history database %1 is damaged or not a database (%2); move it aside and Fabbrica will start a new one</source>
        <translation>die Verlaufsdatenbank %1 ist beschädigt oder keine Datenbank (%2); verschieben Sie sie, dann legt Fabbrica eine neue an</translation>
    </message>
    <message>
        <source>cannot configure the history database %1: %2</source>
        <translation>die Verlaufsdatenbank %1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>the history database %1 was written by a newer Fabbrica (schema %2, this one knows %3); update Fabbrica</source>
        <translation>die Verlaufsdatenbank %1 wurde von einer neueren Fabbrica-Version geschrieben (Schema %2, diese kennt %3); aktualisieren Sie Fabbrica</translation>
    </message>
    <message>
        <source>cannot upgrade the history database %1 to schema %2: %3</source>
        <translation>die Verlaufsdatenbank %1 kann nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>no submission with token %1</source>
        <translation>keine Einreichung mit dem Token %1</translation>
    </message>
    <message>
        <source>cannot upgrade the history database %1: %2</source>
        <translation>die Verlaufsdatenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>fab::JobState</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Ran out of time</source>
        <translation>Zeitlimit erreicht</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>Node failed</source>
        <translation>Knotenausfall</translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation>Verdrängt</translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation>Erneut eingereiht</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Node did not boot</source>
        <translation>Knoten startete nicht</translation>
    </message>
    <message>
        <source>Missed its deadline</source>
        <translation>Deadline verpasst</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>fab::LocalRunner</name>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>the command crashed or was killed</source>
        <translation>der Befehl ist abgestürzt oder wurde beendet</translation>
    </message>
    <message>
        <source>could not start /bin/sh: %1</source>
        <translation>/bin/sh konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s: %2</source>
        <translation>der Befehl wurde nicht innerhalb von %1 s fertig: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fab::LocalScheduler</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 into the run folder</source>
        <translation>%1 kann nicht in den Laufordner kopiert werden</translation>
    </message>
    <message>
        <source>another Fabbrica holds %1; try again</source>
        <translation>eine andere Fabbrica-Instanz hält %1 gesperrt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the experiment is not valid: %1</source>
        <translation>das Experiment ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>/files/upload/%1: %2 not found in %3</source>
        <translation>/files/upload/%1: %2 nicht gefunden in %3</translation>
    </message>
    <message>
        <source>Put the file beside the experiment, or remove it from the list of files to upload.</source>
        <translation>Legen Sie die Datei neben das Experiment oder entfernen Sie sie aus der Liste der hochzuladenden Dateien.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>der Laufordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the script could not be rendered</source>
        <translation>das Skript konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>cannot start the local runner: %1</source>
        <translation>der lokale Runner kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a job id of this computer</source>
        <translation>%1 ist keine Job-ID dieses Computers</translation>
    </message>
    <message>
        <source>%1 has no readable job record</source>
        <translation>%1 hat keinen lesbaren Job-Eintrag</translation>
    </message>
    <message>
        <source>the local runner stopped before this task finished (was the computer restarted?)</source>
        <translation>der lokale Runner wurde beendet, bevor dieser Task fertig war (wurde der Computer neu gestartet?)</translation>
    </message>
    <message>
        <source>no job %1 on this computer</source>
        <translation>kein Job %1 auf diesem Computer</translation>
    </message>
    <message>
        <source>no single job %1 on this computer</source>
        <translation>kein einzelner Job %1 auf diesem Computer</translation>
    </message>
    <message>
        <source>the log %1 does not exist yet</source>
        <translation>das Log %1 existiert noch nicht</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing was run</source>
        <translation>abgebrochen, bevor er startete; nichts wurde ausgeführt</translation>
    </message>
</context>
<context>
    <name>fab::MetricChart</name>
    <message>
        <source>wall time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Diagramm von %1</translation>
    </message>
    <message>
        <source>Drag to zoom, right-click to reset or export, hover for exact values</source>
        <translation>Ziehen zum Zoomen, Rechtsklick zum Zurücksetzen oder Exportieren, Mauszeiger darüber für genaue Werte</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>seconds since start</source>
        <translation>Sekunden seit Start</translation>
    </message>
    <message>
        <source>%1 — step %2: %3</source>
        <translation>%1 — Schritt %2: %3</translation>
    </message>
    <message>
        <source> (smoothed %1)</source>
        <translation> (geglättet %1)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Fabbrica metrics chart</source>
        <translation>Fabbrica-Metrikdiagramm</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Export CSV (all points)…</source>
        <translation>Als CSV exportieren (alle Punkte)…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
</context>
<context>
    <name>fab::MetricStore</name>
    <message>
        <source>Cannot record the metrics stream of job %1: %2</source>
        <translation>Der Metrik-Stream von Job %1 kann nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot store metrics: %1</source>
        <translation>Metriken können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no stream %1</source>
        <translation>kein Stream %1</translation>
    </message>
    <message>
        <source>the stored offset %1 is already past %2 (another reader of the same file?)</source>
        <translation>der gespeicherte Offset %1 liegt bereits hinter %2 (liest noch jemand dieselbe Datei?)</translation>
    </message>
    <message>
        <source>Some stored metric blocks of stream %1 are damaged and were skipped.</source>
        <translation>Einige gespeicherte Metrikblöcke von Stream %1 sind beschädigt und wurden übersprungen.</translation>
    </message>
</context>
<context>
    <name>fab::MetricStream</name>
    <message>
        <source>The stored reading state of %1 cannot be used; clear its metrics to read it again.</source>
        <translation>Der gespeicherte Lesestand von %1 ist unbrauchbar; löschen Sie seine Metriken, um ihn neu einzulesen.</translation>
    </message>
    <message>
        <source>No connection to read %1 from.</source>
        <translation>Keine Verbindung, über die %1 gelesen werden kann.</translation>
    </message>
</context>
<context>
    <name>fab::OpenSshKeys</name>
    <message>
        <source>not an OpenSSH certificate (expected a line starting with e.g. ssh-ed25519-cert-v01@openssh.com)</source>
        <translation>kein OpenSSH-Zertifikat (erwartet wird eine Zeile, die z. B. mit ssh-ed25519-cert-v01@openssh.com beginnt)</translation>
    </message>
    <message>
        <source>the certificate is not valid base64</source>
        <translation>das Zertifikat ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the certificate&apos;s inner type does not match &quot;%1&quot;</source>
        <translation>der innere Typ des Zertifikats passt nicht zu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unsupported certificate type %1</source>
        <translation>nicht unterstützter Zertifikatstyp %1</translation>
    </message>
    <message>
        <source>the certificate is damaged (cut short or with extra bytes)</source>
        <translation>das Zertifikat ist beschädigt (abgeschnitten oder mit überzähligen Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
    <name>fab::Reasons</name>
    <message>
        <source>Waiting for free nodes or GPUs: everything it needs is busy.</source>
        <translation>Wartet auf freie Knoten oder GPUs: Alles, was der Job braucht, ist belegt.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when resources free up. Fewer GPUs or a shorter time limit may start sooner.</source>
        <translation>Nichts zu tun; der Job startet, sobald Ressourcen frei werden. Mit weniger GPUs oder einem kürzeren Zeitlimit startet er womöglich früher.</translation>
    </message>
    <message>
        <source>Waiting in line: jobs with a higher priority are ahead of it.</source>
        <translation>Wartet in der Schlange: Jobs mit höherer Priorität sind vor ihm.</translation>
    </message>
    <message>
        <source>Nothing to do; a shorter time limit lets the scheduler slot it into gaps (backfill).</source>
        <translation>Nichts zu tun; mit einem kürzeren Zeitlimit kann der Scheduler ihn in Lücken einschieben (Backfill).</translation>
    </message>
    <message>
        <source>Your other jobs already use as many GPUs as this QOS allows one user.</source>
        <translation>Ihre anderen Jobs belegen bereits so viele GPUs, wie diese QOS einem Benutzer erlaubt.</translation>
    </message>
    <message>
        <source>It starts when one of your running jobs ends; or ask for fewer GPUs.</source>
        <translation>Er startet, sobald einer Ihrer laufenden Jobs endet; oder fordern Sie weniger GPUs an.</translation>
    </message>
    <message>
        <source>The account&apos;s GPU budget is used up (or too small for this job&apos;s whole time limit).</source>
        <translation>Das GPU-Budget des Kontos ist aufgebraucht (oder zu klein für das gesamte Zeitlimit dieses Jobs).</translation>
    </message>
    <message>
        <source>Check the allocation&apos;s hours left; shorten the time limit, use another account, or ask the project&apos;s PI for more hours.</source>
        <translation>Prüfen Sie die verbleibenden Stunden des Kontingents; verkürzen Sie das Zeitlimit, verwenden Sie ein anderes Konto, oder bitten Sie den PI des Projekts um mehr Stunden.</translation>
    </message>
    <message>
        <source>The account&apos;s CPU budget is used up (or too small for this job&apos;s whole time limit).</source>
        <translation>Das CPU-Budget des Kontos ist aufgebraucht (oder zu klein für das gesamte Zeitlimit dieses Jobs).</translation>
    </message>
    <message>
        <source>Shorten the time limit, use another account, or ask the project&apos;s PI for more hours.</source>
        <translation>Verkürzen Sie das Zeitlimit, verwenden Sie ein anderes Konto, oder bitten Sie den PI des Projekts um mehr Stunden.</translation>
    </message>
    <message>
        <source>The account&apos;s budget (billing units) is used up.</source>
        <translation>Das Budget des Kontos (Abrechnungseinheiten) ist aufgebraucht.</translation>
    </message>
    <message>
        <source>Use another account or ask the project&apos;s PI for more hours.</source>
        <translation>Verwenden Sie ein anderes Konto oder bitten Sie den PI des Projekts um mehr Stunden.</translation>
    </message>
    <message>
        <source>You already run as many jobs as your account allows at once.</source>
        <translation>Es laufen bereits so viele Ihrer Jobs gleichzeitig, wie Ihr Konto erlaubt.</translation>
    </message>
    <message>
        <source>It starts when one of your running jobs ends.</source>
        <translation>Er startet, sobald einer Ihrer laufenden Jobs endet.</translation>
    </message>
    <message>
        <source>The account&apos;s members already run as many jobs as it allows at once.</source>
        <translation>Von den Mitgliedern des Kontos laufen bereits so viele Jobs gleichzeitig, wie es erlaubt.</translation>
    </message>
    <message>
        <source>It starts when one of the account&apos;s running jobs ends.</source>
        <translation>Er startet, sobald einer der laufenden Jobs des Kontos endet.</translation>
    </message>
    <message>
        <source>You already run as many jobs as this QOS allows one user.</source>
        <translation>Es laufen bereits so viele Ihrer Jobs, wie diese QOS einem Benutzer erlaubt.</translation>
    </message>
    <message>
        <source>Nodes it could use are down, drained or reserved (often for maintenance).</source>
        <translation>Knoten, die er nutzen könnte, sind ausgefallen, gedrained oder reserviert (oft für eine Wartung).</translation>
    </message>
    <message>
        <source>If a maintenance is announced, a time limit that ends before it lets the job start now.</source>
        <translation>Ist eine Wartung angekündigt, kann der Job mit einem Zeitlimit, das vor ihr endet, jetzt starten.</translation>
    </message>
    <message>
        <source>Waiting for another job it depends on to finish.</source>
        <translation>Wartet darauf, dass ein anderer Job, von dem er abhängt, fertig wird.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts after that job.</source>
        <translation>Nichts zu tun; er startet nach diesem Job.</translation>
    </message>
    <message>
        <source>The job it depends on ended in a way that means this one can never start.</source>
        <translation>Der Job, von dem er abhängt, ist so beendet worden, dass dieser nie starten kann.</translation>
    </message>
    <message>
        <source>Cancel it and submit again once the job it needs has succeeded.</source>
        <translation>Brechen Sie ihn ab und reichen Sie ihn erneut ein, sobald der benötigte Job erfolgreich war.</translation>
    </message>
    <message>
        <source>Held by you: it will not start until released.</source>
        <translation>Von Ihnen zurückgehalten: Er startet erst, wenn er freigegeben wird.</translation>
    </message>
    <message>
        <source>Release it (scontrol release JOBID) or cancel it.</source>
        <translation>Geben Sie ihn frei (scontrol release JOBID) oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Held by the cluster&apos;s administrators.</source>
        <translation>Von den Administratoren des Clusters zurückgehalten.</translation>
    </message>
    <message>
        <source>Ask the site&apos;s support why; you cannot release it yourself.</source>
        <translation>Fragen Sie den Support des Zentrums nach dem Grund; Sie können ihn nicht selbst freigeben.</translation>
    </message>
    <message>
        <source>Its time limit is longer than the partition allows: it will never start there.</source>
        <translation>Sein Zeitlimit ist länger, als die Partition erlaubt: Dort wird er nie starten.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a shorter time limit or to a partition with longer jobs.</source>
        <translation>Brechen Sie ihn ab und reichen Sie ihn mit kürzerem Zeitlimit oder in eine Partition für längere Jobs ein.</translation>
    </message>
    <message>
        <source>Its time limit is longer than the QOS allows: it will never start with this QOS.</source>
        <translation>Sein Zeitlimit ist länger, als die QOS erlaubt: Mit dieser QOS wird er nie starten.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a shorter time limit or another QOS.</source>
        <translation>Brechen Sie ihn ab und reichen Sie ihn mit kürzerem Zeitlimit oder einer anderen QOS ein.</translation>
    </message>
    <message>
        <source>Asked not to start before a given time.</source>
        <translation>Soll nicht vor einem bestimmten Zeitpunkt starten.</translation>
    </message>
    <message>
        <source>Nothing to do; it becomes eligible at that time.</source>
        <translation>Nichts zu tun; ab diesem Zeitpunkt kann er starten.</translation>
    </message>
    <message>
        <source>It asks for more (or fewer) nodes than the partition allows per job.</source>
        <translation>Er fordert mehr (oder weniger) Knoten an, als die Partition pro Job erlaubt.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a node count the partition accepts.</source>
        <translation>Brechen Sie ihn ab und reichen Sie ihn mit einer Knotenzahl ein, die die Partition akzeptiert.</translation>
    </message>
    <message>
        <source>The partition is down.</source>
        <translation>Die Partition ist außer Betrieb.</translation>
    </message>
    <message>
        <source>Wait for the site to bring it back, or use another partition.</source>
        <translation>Warten Sie, bis das Zentrum sie wieder in Betrieb nimmt, oder verwenden Sie eine andere Partition.</translation>
    </message>
    <message>
        <source>The partition is inactive and starts no jobs.</source>
        <translation>Die Partition ist inaktiv und startet keine Jobs.</translation>
    </message>
    <message>
        <source>Use another partition.</source>
        <translation>Verwenden Sie eine andere Partition.</translation>
    </message>
    <message>
        <source>Waiting for its reservation to begin.</source>
        <translation>Wartet auf den Beginn seiner Reservierung.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts within the reservation.</source>
        <translation>Nichts zu tun; er startet innerhalb der Reservierung.</translation>
    </message>
    <message>
        <source>The array already runs as many tasks at once as its limit (%N) allows.</source>
        <translation>Vom Array laufen bereits so viele Tasks gleichzeitig, wie sein Limit (%N) erlaubt.</translation>
    </message>
    <message>
        <source>Nothing to do; the next task starts when one ends.</source>
        <translation>Nichts zu tun; der nächste Task startet, sobald einer endet.</translation>
    </message>
    <message>
        <source>The account is not valid (any more) for you.</source>
        <translation>Das Konto ist für Sie nicht (mehr) gültig.</translation>
    </message>
    <message>
        <source>Cancel it and submit with an account you belong to.</source>
        <translation>Brechen Sie ihn ab und reichen Sie ihn mit einem Konto ein, zu dem Sie gehören.</translation>
    </message>
    <message>
        <source>The QOS is not valid for this account.</source>
        <translation>Die QOS ist für dieses Konto nicht gültig.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a QOS your account may use.</source>
        <translation>Brechen Sie ihn ab und reichen Sie ihn mit einer QOS ein, die Ihr Konto nutzen darf.</translation>
    </message>
    <message>
        <source>No node matches what it asks for.</source>
        <translation>Kein Knoten erfüllt seine Anforderungen.</translation>
    </message>
    <message>
        <source>Cancel it and check GPUs per node, memory and CPUs against the partition.</source>
        <translation>Brechen Sie ihn ab und prüfen Sie GPUs pro Knoten, Speicher und CPUs anhand der Partition.</translation>
    </message>
    <message>
        <source>Starting it failed on a node; Slurm put it back in the queue and held it.</source>
        <translation>Der Start auf einem Knoten ist fehlgeschlagen; Slurm hat ihn wieder eingereiht und zurückgehalten.</translation>
    </message>
    <message>
        <source>Release it to try again; tell the site&apos;s support if it keeps happening.</source>
        <translation>Geben Sie ihn frei, um es erneut zu versuchen; wenden Sie sich an den Support des Zentrums, wenn das wiederholt passiert.</translation>
    </message>
    <message>
        <source>A node it needs is down.</source>
        <translation>Ein benötigter Knoten ist ausgefallen.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when the node is back.</source>
        <translation>Nichts zu tun; er startet, sobald der Knoten wieder da ist.</translation>
    </message>
    <message>
        <source>Waiting for a software licence.</source>
        <translation>Wartet auf eine Softwarelizenz.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when a licence is free.</source>
        <translation>Nichts zu tun; er startet, sobald eine Lizenz frei ist.</translation>
    </message>
    <message>
        <source>The node is preparing the job (prolog running).</source>
        <translation>Der Knoten bereitet den Job vor (Prolog läuft).</translation>
    </message>
    <message>
        <source>Slurm is cleaning up after a previous run before requeueing it.</source>
        <translation>Slurm räumt nach einem vorherigen Lauf auf, bevor der Job wieder eingereiht wird.</translation>
    </message>
    <message>
        <source>The cluster does not know this account, or the account may not use this partition.</source>
        <translation>Der Cluster kennt dieses Konto nicht, oder das Konto darf diese Partition nicht nutzen.</translation>
    </message>
    <message>
        <source>Pick an account from the allocations list (sacctmgr show assoc lists yours) and check the partition.</source>
        <translation>Wählen Sie ein Konto aus der Kontingentliste (sacctmgr show assoc listet Ihre auf) und prüfen Sie die Partition.</translation>
    </message>
    <message>
        <source>There is no partition with this name on the cluster.</source>
        <translation>Auf dem Cluster gibt es keine Partition mit diesem Namen.</translation>
    </message>
    <message>
        <source>Pick a partition from the cluster&apos;s list (sinfo shows them).</source>
        <translation>Wählen Sie eine Partition aus der Liste des Clusters (sinfo zeigt sie an).</translation>
    </message>
    <message>
        <source>No node in the partition has what the job asks for (GPUs per node, CPUs or memory).</source>
        <translation>Kein Knoten der Partition bietet, was der Job anfordert (GPUs pro Knoten, CPUs oder Speicher).</translation>
    </message>
    <message>
        <source>Ask for at most the GPUs, CPUs and memory one node of this partition has.</source>
        <translation>Fordern Sie höchstens so viele GPUs, CPUs und so viel Speicher an, wie ein Knoten dieser Partition hat.</translation>
    </message>
    <message>
        <source>The job breaks a limit of the account or QOS (size, time, number of jobs), or no account was given.</source>
        <translation>Der Job verletzt ein Limit des Kontos oder der QOS (Größe, Zeit, Anzahl der Jobs), oder es wurde kein Konto angegeben.</translation>
    </message>
    <message>
        <source>Set an account (some sites require one), and check the QOS&apos;s limits on time, GPUs and jobs.</source>
        <translation>Setzen Sie ein Konto (manche Zentren verlangen eines) und prüfen Sie die Limits der QOS für Zeit, GPUs und Jobs.</translation>
    </message>
    <message>
        <source>The GPU (or other GRES) request names something the cluster does not have.</source>
        <translation>Die Anforderung von GPUs (oder anderen GRES) nennt etwas, das der Cluster nicht hat.</translation>
    </message>
    <message>
        <source>Use plain GPU counts, or a GPU type the partition lists.</source>
        <translation>Verwenden Sie einfache GPU-Anzahlen oder einen GPU-Typ, den die Partition aufführt.</translation>
    </message>
    <message>
        <source>The time limit is missing or longer than the partition or QOS allows.</source>
        <translation>Das Zeitlimit fehlt oder ist länger, als die Partition oder QOS erlaubt.</translation>
    </message>
    <message>
        <source>Set a time limit within the partition&apos;s maximum.</source>
        <translation>Setzen Sie ein Zeitlimit innerhalb des Maximums der Partition.</translation>
    </message>
    <message>
        <source>The QOS does not exist or the account may not use it.</source>
        <translation>Die QOS existiert nicht, oder das Konto darf sie nicht nutzen.</translation>
    </message>
    <message>
        <source>Pick a QOS listed for your account (sacctmgr show assoc).</source>
        <translation>Wählen Sie eine QOS, die für Ihr Konto aufgeführt ist (sacctmgr show assoc).</translation>
    </message>
    <message>
        <source>This account may not use this partition.</source>
        <translation>Dieses Konto darf diese Partition nicht nutzen.</translation>
    </message>
    <message>
        <source>Use the account that goes with the partition (GPU budgets are often separate accounts).</source>
        <translation>Verwenden Sie das Konto, das zur Partition gehört (GPU-Budgets sind oft eigene Konten).</translation>
    </message>
    <message>
        <source>The job array is larger than the cluster allows (MaxArraySize) or malformed.</source>
        <translation>Das Job-Array ist größer, als der Cluster erlaubt (MaxArraySize), oder fehlerhaft.</translation>
    </message>
    <message>
        <source>Fabbrica splits large sweeps by MaxArraySize; refresh the cluster&apos;s settings and submit again.</source>
        <translation>Fabbrica teilt große Sweeps anhand von MaxArraySize auf; aktualisieren Sie die Einstellungen des Clusters und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <source>The cluster refused the job.</source>
        <translation>Der Cluster hat den Job abgelehnt.</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s message for the reason.</source>
        <translation>Den Grund nennt die Meldung des Clusters.</translation>
    </message>
    <message>
        <source>The job asks for more CPUs than the partition allows.</source>
        <translation>Der Job fordert mehr CPUs an, als die Partition erlaubt.</translation>
    </message>
    <message>
        <source>Lower CPUs per task or the node count.</source>
        <translation>Verringern Sie die CPUs pro Task oder die Knotenzahl.</translation>
    </message>
    <message>
        <source>The job asks for more memory than a node has.</source>
        <translation>Der Job fordert mehr Speicher an, als ein Knoten hat.</translation>
    </message>
    <message>
        <source>Lower the memory request.</source>
        <translation>Verringern Sie die Speicheranforderung.</translation>
    </message>
    <message>
        <source>The partition does not accept this many nodes per job.</source>
        <translation>Die Partition akzeptiert nicht so viele Knoten pro Job.</translation>
    </message>
    <message>
        <source>Lower the node count.</source>
        <translation>Verringern Sie die Knotenzahl.</translation>
    </message>
    <message>
        <source>You already have as many jobs queued as you may.</source>
        <translation>Sie haben bereits so viele Jobs in der Warteschlange, wie Sie dürfen.</translation>
    </message>
    <message>
        <source>Wait for some to finish, or cancel some.</source>
        <translation>Warten Sie, bis einige fertig sind, oder brechen Sie einige ab.</translation>
    </message>
    <message>
        <source>The cluster&apos;s scheduler did not answer.</source>
        <translation>Der Scheduler des Clusters hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; the site may be in maintenance.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; womöglich ist das Zentrum in Wartung.</translation>
    </message>
    <message>
        <source>The script has Windows line endings.</source>
        <translation>Das Skript hat Windows-Zeilenenden.</translation>
    </message>
    <message>
        <source>Save it with Unix line endings.</source>
        <translation>Speichern Sie es mit Unix-Zeilenenden.</translation>
    </message>
    <message>
        <source>No reason given: the scheduler has not looked at it yet.</source>
        <translation>Kein Grund angegeben: Der Scheduler hat ihn noch nicht betrachtet.</translation>
    </message>
    <message>
        <source>A budget of the account is used up (%1).</source>
        <translation>Ein Budget des Kontos ist aufgebraucht (%1).</translation>
    </message>
    <message>
        <source>A budget of the QOS is used up (%1).</source>
        <translation>Ein Budget der QOS ist aufgebraucht (%1).</translation>
    </message>
    <message>
        <source>A limit of the account is reached (%1).</source>
        <translation>Ein Limit des Kontos ist erreicht (%1).</translation>
    </message>
    <message>
        <source>A limit of the QOS is reached (%1).</source>
        <translation>Ein Limit der QOS ist erreicht (%1).</translation>
    </message>
    <message>
        <source>It starts when other jobs end or the limit is raised; smaller or shorter jobs may fit sooner.</source>
        <translation>Er startet, wenn andere Jobs enden oder das Limit angehoben wird; kleinere oder kürzere Jobs passen womöglich früher hinein.</translation>
    </message>
    <message>
        <source>Waiting: Slurm says &quot;%1&quot;.</source>
        <translation>Wartet: Slurm meldet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The cluster refused the job: %1</source>
        <translation>Der Cluster hat den Job abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Slurm controller does not answer; it may be restarting.</source>
        <translation>Der Slurm-Controller antwortet nicht; möglicherweise wird er gerade neu gestartet.</translation>
    </message>
    <message>
        <source>Jobs keep running meanwhile; Fabbrica asks again by itself.</source>
        <translation>Jobs laufen währenddessen weiter; Fabbrica fragt von selbst erneut nach.</translation>
    </message>
    <message>
        <source>The Slurm accounting database does not answer: finished jobs, accounts and usage cannot be read just now.</source>
        <translation>Die Accounting-Datenbank von Slurm antwortet nicht: Beendete Jobs, Konten und Verbrauch können gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Running jobs are not affected; Fabbrica asks again at the next refresh.</source>
        <translation>Laufende Jobs sind nicht betroffen; Fabbrica fragt bei der nächsten Aktualisierung erneut nach.</translation>
    </message>
    <message>
        <source>%1 (Slurm said: %2)</source>
        <translation>%1 (Slurm meldet: %2)</translation>
    </message>
</context>
<context>
    <name>fab::ResourceKind</name>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>CPU-hours</source>
        <translation>CPU-Stunden</translation>
    </message>
    <message>
        <source>core-hours</source>
        <translation>Kernstunden</translation>
    </message>
    <message>
        <source>node-hours</source>
        <translation>Knotenstunden</translation>
    </message>
    <message>
        <source>local hours (equivalent core-hours)</source>
        <translation>lokale Stunden (äquivalente Kernstunden)</translation>
    </message>
    <message>
        <source>billing hours</source>
        <translation>Abrechnungsstunden</translation>
    </message>
    <message>
        <source>TB-hours</source>
        <translation>TB-Stunden</translation>
    </message>
    <message>
        <source>unknown unit</source>
        <translation>unbekannte Einheit</translation>
    </message>
</context>
<context>
    <name>fab::RunnerCalls</name>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>die Verbindung besteht nicht mehr</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>no byte moved for %1 s (the connection is probably down), so the upload was stopped</source>
        <translation>seit %1 s wurde kein Byte übertragen (die Verbindung ist wahrscheinlich unterbrochen), daher wurde das Hochladen abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>fab::Scheduler</name>
    <message>
        <source>runs on %1: no allocation is spent</source>
        <translation>läuft auf %1: es wird kein Kontingent verbraucht</translation>
    </message>
    <message>
        <source>%1 cannot put job %2 back in the queue; submit the experiment again</source>
        <translation>%1 kann Job %2 nicht wieder in die Warteschlange stellen; reichen Sie das Experiment erneut ein</translation>
    </message>
    <message>
        <source>%1 cannot look up the interrupted submission %2</source>
        <translation>%1 kann die unterbrochene Einreichung %2 nicht nachschlagen</translation>
    </message>
</context>
<context>
    <name>fab::SlurmScheduler</name>
    <message>
        <source>the profile&apos;s work folder &quot;%1&quot; must start with /, ~ or a variable such as $SCRATCH</source>
        <translation>der Arbeitsordner &quot;%1&quot; des Profils muss mit /, ~ oder einer Variablen wie $SCRATCH beginnen</translation>
    </message>
    <message>
        <source>the work folder %1 uses $%2, which is not set on %3</source>
        <translation>der Arbeitsordner %1 verwendet $%2, das auf %3 nicht gesetzt ist</translation>
    </message>
    <message>
        <source>the experiment is not valid: %1</source>
        <translation>das Experiment ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>the script could not be rendered</source>
        <translation>das Skript konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>/files/upload/%1: %2 not found in %3</source>
        <translation>/files/upload/%1: %2 nicht gefunden in %3</translation>
    </message>
    <message>
        <source>Put the file beside the experiment, or remove it from the list of files to upload.</source>
        <translation>Legen Sie die Datei neben das Experiment oder entfernen Sie sie aus der Liste der hochzuladenden Dateien.</translation>
    </message>
    <message>
        <source>cannot create the run folder %1 on %2: %3</source>
        <translation>der Laufordner %1 kann auf %2 nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>uploading %1 failed: %2</source>
        <translation>das Hochladen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>%1 kann auf %2 nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation>sbatch hat den Job abgelehnt: %1</translation>
    </message>
    <message>
        <source>Arrays already submitted: %1.</source>
        <translation>Bereits eingereichte Arrays: %1.</translation>
    </message>
    <message>
        <source>squeue failed: %1</source>
        <translation>squeue ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>sacct failed: %1</source>
        <translation>sacct ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>scancel %1 failed: %2</source>
        <translation>scancel %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>requeue of %1 refused: %2</source>
        <translation>Erneutes Einreihen von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the log of job %1 cannot be found: Slurm no longer knows the job and it was not submitted from here</source>
        <translation>das Log von Job %1 ist nicht auffindbar: Slurm kennt den Job nicht mehr, und er wurde nicht von hier eingereicht</translation>
    </message>
    <message>
        <source>sshare failed: %1</source>
        <translation>sshare ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the budget tool %1 gave no readable answer: %2</source>
        <translation>das Budget-Tool %1 gab keine lesbare Antwort: %2</translation>
    </message>
    <message>
        <source>sinfo failed: %1</source>
        <translation>sinfo ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the partition &quot;%1&quot; does not exist on %2</source>
        <translation>die Partition &quot;%1&quot; existiert auf %2 nicht</translation>
    </message>
    <message>
        <source>Partitions here: %1.</source>
        <translation>Partitionen hier: %1.</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is not yours on %2: %3</source>
        <translation>das Konto &quot;%1&quot; gehört auf %2 nicht zu Ihnen: %3</translation>
    </message>
    <message>
        <source>Accounts you can charge: %1.</source>
        <translation>Konten, die Sie belasten können: %1.</translation>
    </message>
    <message>
        <source>the accounts could not be checked: %1</source>
        <translation>die Konten konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>no account is set, so the budget cannot be checked</source>
        <translation>es ist kein Konto gesetzt, daher kann das Budget nicht geprüft werden</translation>
    </message>
    <message>
        <source>no budget was found for the account &quot;%1&quot;</source>
        <translation>für das Konto &quot;%1&quot; wurde kein Budget gefunden</translation>
    </message>
    <message>
        <source>Slurm would refuse this job: %1</source>
        <translation>Slurm würde diesen Job ablehnen: %1</translation>
    </message>
    <message>
        <source>Nothing was submitted. The unfinished copy is %1; submitting again starts a new run folder.</source>
        <translation>Es wurde nichts eingereicht. Die unvollständige Kopie ist %1; erneutes Einreichen legt einen neuen Laufordner an.</translation>
    </message>
    <message numerus="yes">
        <source>The link dropped %n time(s) while %1 was uploaded; the upload went on where it stopped.</source>
        <translation>
            <numerusform>Während %1 hochgeladen wurde, brach die Verbindung %n Mal ab; das Hochladen wurde an der unterbrochenen Stelle fortgesetzt.</numerusform>
            <numerusform>Während %1 hochgeladen wurde, brach die Verbindung %n Mal ab; das Hochladen wurde an der unterbrochenen Stelle fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot put %1 in place on %2: %3</source>
        <translation>%1 kann auf %2 nicht an den Zielort verschoben werden: %3</translation>
    </message>
    <message>
        <source>not submitted: %1</source>
        <translation>nicht eingereicht: %1</translation>
    </message>
    <message>
        <source>The link dropped while sbatch ran; its answer (job %1) was read back from the run folder, so the job was submitted once.</source>
        <translation>Die Verbindung brach ab, während sbatch lief; seine Antwort (Job %1) wurde aus dem Laufordner zurückgelesen, der Job wurde also genau einmal eingereicht.</translation>
    </message>
    <message>
        <source>it is not known whether %1 was submitted: sbatch&apos;s answer was lost (%2), and no job carrying its token was found. It was not sent again.</source>
        <translation>es ist unbekannt, ob %1 eingereicht wurde: Die Antwort von sbatch ging verloren (%2), und es wurde kein Job mit seinem Token gefunden. Es wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Fabbrica looks for it again when the connection is back; squeue and sacct show it with the comment %1.</source>
        <translation>Fabbrica sucht erneut danach, sobald die Verbindung wieder besteht; squeue und sacct zeigen den Job mit dem Kommentar %1.</translation>
    </message>
    <message>
        <source>The answer of sbatch was lost; job %1 was found by its token, so it was not submitted again.</source>
        <translation>Die Antwort von sbatch ging verloren; Job %1 wurde über sein Token gefunden und daher nicht erneut eingereicht.</translation>
    </message>
    <message>
        <source>%1 was not submitted: Fabbrica stopped before sending it to Slurm</source>
        <translation>%1 wurde nicht eingereicht: Fabbrica wurde beendet, bevor das Experiment an Slurm gesendet wurde</translation>
    </message>
    <message>
        <source>it is still not known whether %1 was submitted: %2</source>
        <translation>es ist weiterhin unbekannt, ob %1 eingereicht wurde: %2</translation>
    </message>
    <message>
        <source>Fabbrica looks again later; squeue and sacct show the job with the comment %1.</source>
        <translation>Fabbrica sieht später erneut nach; squeue und sacct zeigen den Job mit dem Kommentar %1.</translation>
    </message>
    <message>
        <source>%1 was not submitted: no job carries its token</source>
        <translation>%1 wurde nicht eingereicht: Kein Job trägt sein Token</translation>
    </message>
    <message>
        <source>%1 was submitted only in part (jobs %2); the rest never reached Slurm</source>
        <translation>%1 wurde nur teilweise eingereicht (Jobs %2); der Rest hat Slurm nie erreicht</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>Writing the job script</source>
        <translation>Job-Skript wird geschrieben</translation>
    </message>
    <message>
        <source>cancelled before anything was sent to Slurm; nothing was submitted</source>
        <translation>abgebrochen, bevor etwas an Slurm gesendet wurde; nichts wurde übermittelt</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n of %1 arrays were submitted</source>
        <translation>
            <numerusform>abgebrochen, nachdem %n von %1 Arrays übermittelt waren</numerusform>
            <numerusform>abgebrochen, nachdem %n von %1 Arrays übermittelt waren</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting to Slurm</source>
        <translation>Übermittlung an Slurm</translation>
    </message>
    <message>
        <source>Submitting array %1 of %2</source>
        <translation>Array %1 von %2 wird übermittelt</translation>
    </message>
</context>
<context>
    <name>fab::SshConfig</name>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>too many jump hosts (%1); at most 16</source>
        <translation>zu viele Jump-Hosts (%1); höchstens 16</translation>
    </message>
    <message>
        <source>empty jump host in &quot;%1&quot;</source>
        <translation>leerer Jump-Host in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid user name in jump host &quot;%1&quot;</source>
        <translation>ungültiger Benutzername im Jump-Host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; in jump host &quot;%1&quot;</source>
        <translation>fehlende &apos;]&apos; im Jump-Host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in jump host &quot;%1&quot;</source>
        <translation>unerwarteter Text nach &apos;]&apos; im Jump-Host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid host name in jump host &quot;%1&quot;</source>
        <translation>ungültiger Hostname im Jump-Host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; in jump host; use 1–65535</source>
        <translation>ungültiger Port &quot;%1&quot; im Jump-Host; verwenden Sie 1–65535</translation>
    </message>
    <message>
        <source>%1: larger than 4 MB; the rest is ignored</source>
        <translation>%1: größer als 4 MB; der Rest wird ignoriert</translation>
    </message>
    <message>
        <source>%1: line longer than 64 kB ignored</source>
        <translation>%1: Zeile länger als 64 kB ignoriert</translation>
    </message>
    <message>
        <source>%1: Host without a pattern never matches</source>
        <translation>%1: Host ohne Muster passt nie</translation>
    </message>
    <message>
        <source>%1: Match %2 is not supported; the block is skipped</source>
        <translation>%1: Match %2 wird nicht unterstützt; der Block wird übersprungen</translation>
    </message>
    <message>
        <source>%1: Include nested more than %2 deep ignored</source>
        <translation>%1: Include tiefer als %2 Ebenen verschachtelt, ignoriert</translation>
    </message>
    <message>
        <source>%1: more than %2 included files; the rest are ignored</source>
        <translation>%1: mehr als %2 eingebundene Dateien; der Rest wird ignoriert</translation>
    </message>
    <message>
        <source>%1: too many lines; the rest is ignored</source>
        <translation>%1: zu viele Zeilen; der Rest wird ignoriert</translation>
    </message>
    <message>
        <source>%1: ProxyCommand is not used by Fabbrica; use ProxyJump</source>
        <translation>%1: ProxyCommand wird von Fabbrica nicht verwendet; verwenden Sie ProxyJump</translation>
    </message>
</context>
<context>
    <name>fab::Submission</name>
    <message>
        <source>not submitted: the history cannot be written (%1)</source>
        <translation>nicht eingereicht: der Verlauf kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>The job was submitted, but the history could not record it: %1</source>
        <translation>Der Job wurde eingereicht, aber der Verlauf konnte ihn nicht erfassen: %1</translation>
    </message>
    <message>
        <source>the history cannot be written (%1)</source>
        <translation>der Verlauf kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>%1 was not submitted: Fabbrica stopped before sending it to Slurm</source>
        <translation>%1 wurde nicht eingereicht: Fabbrica wurde beendet, bevor das Experiment an Slurm gesendet wurde</translation>
    </message>
    <message>
        <source>%1 had been submitted after all, as job %2; its answer had been lost on the way.</source>
        <translation>%1 war doch eingereicht worden, als Job %2; die Antwort darauf war unterwegs verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>fab::Sweep</name>
    <message>
        <source>has no axes; add one such as &quot;lr&quot;: [1e-4, 3e-4]</source>
        <translation>hat keine Achsen; fügen Sie eine hinzu, etwa &quot;lr&quot;: [1e-4, 3e-4]</translation>
    </message>
    <message>
        <source>must be a non-empty list of values</source>
        <translation>muss eine nicht leere Liste von Werten sein</translation>
    </message>
    <message>
        <source>must be at least 1 for a random sweep</source>
        <translation>muss bei einem Zufalls-Sweep mindestens 1 sein</translation>
    </message>
    <message>
        <source>have more than %1 combinations; a random sweep draws from at most that many</source>
        <translation>haben mehr als %1 Kombinationen; ein Zufalls-Sweep zieht aus höchstens so vielen</translation>
    </message>
    <message>
        <source>asks for %1 different combinations but the axes have only %2; lower it or use &quot;mode&quot;: &quot;grid&quot;</source>
        <translation>fordert %1 verschiedene Kombinationen an, aber die Achsen haben nur %2; verringern Sie den Wert oder verwenden Sie &quot;mode&quot;: &quot;grid&quot;</translation>
    </message>
    <message>
        <source>make more than %1 tasks; split the sweep or use &quot;mode&quot;: &quot;random&quot; with fewer samples</source>
        <translation>ergeben mehr als %1 Tasks; teilen Sie den Sweep auf oder verwenden Sie &quot;mode&quot;: &quot;random&quot; mit weniger Stichproben</translation>
    </message>
</context>
<context>
    <name>fab::WorkshopBundle</name>
    <message>
        <source>must be a list of files, got %1</source>
        <translation>muss eine Liste von Dateien sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be an object with &quot;path&quot; and &quot;base64&quot; text</source>
        <translation>muss ein Objekt mit Text in &quot;path&quot; und &quot;base64&quot; sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe relative path (no leading /, no .., no \ or :)</source>
        <translation>&quot;%1&quot; ist kein sicherer relativer Pfad (kein führendes /, kein .., kein \ oder :)</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the bundle is %1 MB; Fabbrica opens bundles up to %2 MB</source>
        <translation>das Bundle ist %1 MB groß; Fabbrica öffnet Bundles bis %2 MB</translation>
    </message>
    <message>
        <source>is not a workshop bundle (expected a JSON object)</source>
        <translation>ist kein Workshop-Bundle (JSON-Objekt erwartet)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, got %2 (a bundle from a newer Fabbrica? Update Fabbrica.)</source>
        <translation>muss &quot;%1&quot; sein, erhalten: %2 (ein Bundle aus einer neueren Fabbrica-Version? Aktualisieren Sie Fabbrica.)</translation>
    </message>
    <message>
        <source>is missing; a bundle needs a title</source>
        <translation>fehlt; ein Bundle braucht einen Titel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Slurm reservation name (letters, digits, _ . -)</source>
        <translation>&quot;%1&quot; ist kein Slurm-Reservierungsname (Buchstaben, Ziffern, _ . -)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;this-computer&quot; is built in</source>
        <translation>&quot;this-computer&quot; ist eingebaut</translation>
    </message>
    <message>
        <source>must be an object with an &quot;experiment&quot;</source>
        <translation>muss ein Objekt mit einem &quot;experiment&quot; sein</translation>
    </message>
    <message>
        <source>the bundle holds %1 files; at most %2 are allowed</source>
        <translation>das Bundle enthält %1 Dateien; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 not found beside the experiment</source>
        <translation>%1 neben dem Experiment nicht gefunden</translation>
    </message>
    <message>
        <source>the files of %1 are %2 MB together; a bundle holds at most %3 MB. Put large data sets on the cluster instead.</source>
        <translation>die Dateien von %1 sind zusammen %2 MB groß; ein Bundle fasst höchstens %3 MB. Legen Sie große Datensätze stattdessen auf den Cluster.</translation>
    </message>
    <message>
        <source>refused to write %1 outside %2</source>
        <translation>Schreiben von %1 außerhalb von %2 verweigert</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>fab::app</name>
    <message>
        <source> (CUDA: %1)</source>
        <translation> (CUDA: %1)</translation>
    </message>
    <message>
        <source>Qt %1, libssh %2
Local engine: %3</source>
        <translation>Qt %1, libssh %2
Lokale Engine: %3</translation>
    </message>
</context>
<context>
    <name>fab::app::MainWindow</name>
    <message>
        <source>Fabbrica</source>
        <translation>Fabbrica</translation>
    </message>
    <message>
        <source>Where to run</source>
        <translation>Ausführungsort</translation>
    </message>
    <message>
        <source>Cluster profiles</source>
        <translation>Clusterprofile</translation>
    </message>
    <message>
        <source>Add a cluster by saving its profile in %1</source>
        <translation>Fügen Sie einen Cluster hinzu, indem Sie sein Profil in %1 speichern</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>&amp;Experimente</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <source>&amp;Allocations</source>
        <translation>&amp;Kontingente</translation>
    </message>
    <message>
        <source>&amp;Local runs</source>
        <translation>&amp;Lokale Läufe</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>Experiment ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Reload profiles</source>
        <translation>Profile &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fabbrica</source>
        <translation>Ü&amp;ber Fabbrica</translation>
    </message>
    <message>
        <source>About Fabbrica</source>
        <translation>Über Fabbrica</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Europe&apos;s AI Factories: browse allocations, edit experiments, submit to Slurm over SSH, watch training live, and fine-tune locally first.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Werkbank für Europas AI Factories: Kontingente durchsehen, Experimente bearbeiten, per SSH bei Slurm einreichen, das Training live verfolgen und vorher lokal feintunen.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Profile cannot be read</source>
        <translation>Profil kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This computer has no budget to spend: experiments run on your own machine, for free. Pick a cluster on the left to see its projects&apos; GPU- and CPU-hours.</source>
        <translation>Dieser Computer hat kein Budget, das verbraucht werden könnte: Experimente laufen kostenlos auf Ihrem eigenen Rechner. Wählen Sie links einen Cluster, um die GPU- und CPU-Stunden seiner Projekte zu sehen.</translation>
    </message>
    <message>
        <source>%1 — Fabbrica</source>
        <translation>%1 — Fabbrica</translation>
    </message>
    <message>
        <source>&amp;Submit experiment</source>
        <translation>Experiment &amp;einreichen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Submit experiment</source>
        <translation>Experiment einreichen</translation>
    </message>
    <message>
        <source>Open a valid experiment first (File ▸ Open experiment…).</source>
        <translation>Öffnen Sie zuerst ein gültiges Experiment (Datei ▸ Experiment öffnen…).</translation>
    </message>
    <message>
        <source>Submitting %1 to %2…</source>
        <translation>%1 wird bei %2 eingereicht…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht eingereicht</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Nicht eingereicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Submitted as job %1 (%n task(s)); files in %2</source>
        <translation>
            <numerusform>Als Job %1 eingereicht (%n Task); Dateien in %2</numerusform>
            <numerusform>Als Job %1 eingereicht (%n Tasks); Dateien in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Local run %1 finished</source>
        <translation>Lokaler Lauf %1 abgeschlossen</translation>
    </message>
    <message>
        <source>Local run %1 ended: %2</source>
        <translation>Lokaler Lauf %1 beendet: %2</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Open the SSH connection of the selected cluster (Fabbrica never connects on its own)</source>
        <translation>Die SSH-Verbindung zum ausgewählten Cluster öffnen (Fabbrica verbindet sich nie von selbst)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>Budgets of %1 appear here once Fabbrica is connected (Cluster ▸ Connect): granted, used and left per project, and when the budget runs out at the current pace.</source>
        <translation>Die Budgets von %1 erscheinen hier, sobald Fabbrica verbunden ist (Cluster ▸ Verbinden): bewilligt, verbraucht und verbleibend pro Projekt, und wann das Budget beim aktuellen Tempo aufgebraucht ist.</translation>
    </message>
    <message>
        <source>Pick where to run it on the left first.</source>
        <translation>Wählen Sie zuerst links aus, wo es laufen soll.</translation>
    </message>
    <message>
        <source>Connect to %1 first: Fabbrica needs its SSH connection to check the budget and submit.</source>
        <translation>Verbinden Sie sich zuerst mit %1: Fabbrica braucht die SSH-Verbindung, um das Budget zu prüfen und einzureichen.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Checking the cost of %1 on %2…</source>
        <translation>Kosten von %1 auf %2 werden geprüft…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cost:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Budget:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kosten:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Budget:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expected start:&lt;/b&gt; %1 (Slurm&apos;s estimate)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Voraussichtlicher Start:&lt;/b&gt; %1 (Schätzung von Slurm)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot submit to %1</source>
        <translation>Einreichen bei %1 nicht möglich</translation>
    </message>
    <message>
        <source>Submit %1 to %2?</source>
        <translation>%1 bei %2 einreichen?</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Trotzdem einreichen</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Job %1 (%2) on %3 ended: %4</source>
        <translation>Job %1 (%2) auf %3 beendet: %4</translation>
    </message>
    <message>
        <source>&amp;Import workshop bundle…</source>
        <translation>Workshop-Bundle &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport workshop bundle…</source>
        <translation>Workshop-Bundle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;Erste Schritte…</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Fabbrica will use %1 from its next start.</source>
        <translation>Fabbrica verwendet ab dem nächsten Start: %1.</translation>
    </message>
    <message>
        <source>Open workshop bundle</source>
        <translation>Workshop-Bundle öffnen</translation>
    </message>
    <message>
        <source>Workshop bundles (*.fabbrica)</source>
        <translation>Workshop-Bundles (*.fabbrica)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Not a usable workshop bundle</source>
        <translation>Kein verwendbares Workshop-Bundle</translation>
    </message>
    <message>
        <source>%1 cannot be opened:</source>
        <translation>%1 kann nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>cluster profile %1 (%2)</source>
        <translation>Clusterprofil %1 (%2)</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s)</source>
        <translation>
            <numerusform>%n Datendatei</numerusform>
            <numerusform>%n Datendateien</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It adds:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Hinzugefügt werden:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its experiments use the reservation &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seine Experimente verwenden die Reservierung &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing you have is replaced. You sign in with your own user name and key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nichts Vorhandenes wird ersetzt. Sie melden sich mit Ihrem eigenen Benutzernamen und Schlüssel an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add workshop bundle?</source>
        <translation>Workshop-Bundle hinzufügen?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Bundle partly added</source>
        <translation>Bundle teilweise hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Workshop added: %n experiment(s) in %1</source>
        <translation>
            <numerusform>Workshop hinzugefügt: %n Experiment in %1</numerusform>
            <numerusform>Workshop hinzugefügt: %n Experimente in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workshop bundle</source>
        <translation>Workshop-Bundle exportieren</translation>
    </message>
    <message>
        <source>e.g. Fine-tuning on Leonardo — Bologna, 12 March</source>
        <translation>z. B. Fine-Tuning auf Leonardo — Bologna, 12. März</translation>
    </message>
    <message>
        <source>the Slurm reservation the centre gave you (optional)</source>
        <translation>die Slurm-Reservierung, die Ihnen das Zentrum gegeben hat (optional)</translation>
    </message>
    <message>
        <source>No experiment is open</source>
        <translation>Kein Experiment geöffnet</translation>
    </message>
    <message>
        <source>Include %1 and its files</source>
        <translation>%1 und seine Dateien einschließen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Reservation</source>
        <translation>&amp;Reservierung</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Profiles go without your user name, key or any password: each participant signs in as themselves.</source>
        <translation>Profile werden ohne Ihren Benutzernamen, Ihren Schlüssel und jegliche Passwörter weitergegeben: Alle Teilnehmenden melden sich mit ihren eigenen Daten an.</translation>
    </message>
    <message>
        <source>Give the bundle a title: participants see it first.</source>
        <translation>Geben Sie dem Bundle einen Titel: Ihn sehen die Teilnehmenden zuerst.</translation>
    </message>
    <message>
        <source>Save workshop bundle</source>
        <translation>Workshop-Bundle speichern</translation>
    </message>
    <message>
        <source>Bundle not saved</source>
        <translation>Bundle nicht gespeichert</translation>
    </message>
    <message>
        <source>Workshop bundle saved: %1</source>
        <translation>Workshop-Bundle gespeichert: %1</translation>
    </message>
    <message>
        <source>Profile saved. Cluster ▸ Connect (Ctrl+Shift+C) opens the connection.</source>
        <translation>Profil gespeichert. Cluster ▸ Verbinden (Strg+Umschalt+C) öffnet die Verbindung.</translation>
    </message>
    <message>
        <source>Preparing the sample experiment…</source>
        <translation>Das Beispielexperiment wird vorbereitet…</translation>
    </message>
    <message>
        <source>Sample not prepared</source>
        <translation>Beispiel nicht vorbereitet</translation>
    </message>
    <message>
        <source>Its files exist already.</source>
        <translation>Seine Dateien existieren bereits.</translation>
    </message>
    <message>
        <source>Interrupted submissions</source>
        <translation>Unterbrochene Übermittlungen</translation>
    </message>
    <message numerus="yes">
        <source>Fabbrica looked up %n submission(s) to %1 that had been interrupted (the connection dropped, or Fabbrica stopped, while it was being sent). Nothing was submitted twice.</source>
        <translation>
            <numerusform>Fabbrica hat %n unterbrochene Übermittlung an %1 nachgeschlagen (die Verbindung brach ab, oder Fabbrica wurde beendet, während sie gesendet wurde). Nichts wurde doppelt übermittelt.</numerusform>
            <numerusform>Fabbrica hat %n unterbrochene Übermittlungen an %1 nachgeschlagen (die Verbindung brach ab, oder Fabbrica wurde beendet, während sie gesendet wurden). Nichts wurde doppelt übermittelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission uncertain</source>
        <translation>Übermittlung ungewiss</translation>
    </message>
    <message>
        <source>Submission progress</source>
        <translation>Fortschritt der Übermittlung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this submission: nothing more is sent to the cluster.</source>
        <translation>Diese Übermittlung anhalten: nichts weiter wird an den Cluster gesendet.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>fab::cli</name>
    <message>
        <source>Usage: fabbrica [FILE…]            open the desktop app (with experiment files)
       fabbrica COMMAND [OPTIONS]

Commands:
  validate FILE… [--upgrade]   check experiment files; each problem is printed as
                               &quot;FILE: /json/path: what is wrong&quot; (exit 2 when any is invalid);
                               --upgrade rewrites files of an older schema in the current one
  profiles [--json]            list cluster profiles (This computer and &lt;config&gt;/profiles/*.json)
  --version                    print the version, Qt, libssh and the local engine&apos;s device
  --help                       print this help

Environment:
  FABBRICA_CONFIG_DIR          use this folder instead of the platform&apos;s config folder
  FABBRICA_DATA_DIR            use this folder instead of the platform&apos;s data folder

Exit codes: 0 success, 1 failure, 2 invalid input or usage.
</source>
        <translation>Aufruf: fabbrica [FILE…]           öffnet die Desktop-App (mit Experimentdateien)
        fabbrica COMMAND [OPTIONS]

Befehle:
  validate FILE… [--upgrade]   prüft Experimentdateien; jedes Problem wird ausgegeben als
                               &quot;FILE: /json/path: was falsch ist&quot; (Exit-Code 2, wenn eine ungültig ist);
                               --upgrade schreibt Dateien eines älteren Schemas im aktuellen neu
  profiles [--json]            listet die Clusterprofile auf (Dieser Computer und &lt;config&gt;/profiles/*.json)
  --version                    gibt die Version, Qt, libssh und das Gerät der lokalen Engine aus
  --help                       gibt diese Hilfe aus

Umgebung:
  FABBRICA_CONFIG_DIR          verwendet diesen Ordner statt des Konfigurationsordners der Plattform
  FABBRICA_DATA_DIR            verwendet diesen Ordner statt des Datenordners der Plattform

Exit-Codes: 0 Erfolg, 1 Fehler, 2 ungültige Eingabe oder falscher Aufruf.
</translation>
    </message>
    <message>
        <source>fabbrica validate: unknown option %1 (see fabbrica --help)</source>
        <translation>fabbrica validate: unbekannte Option %1 (siehe fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica validate: name at least one experiment file, e.g. fabbrica validate experiment.json</source>
        <translation>fabbrica validate: Geben Sie mindestens eine Experimentdatei an, z. B. fabbrica validate experiment.json</translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid (%n problem(s))</source>
        <translation>
            <numerusform>%1: ungültig (%n Problem)</numerusform>
            <numerusform>%1: ungültig (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source> (upgraded to %1)</source>
        <translation> (auf %1 aktualisiert)</translation>
    </message>
    <message>
        <source> (older schema; run with --upgrade to rewrite it)</source>
        <translation> (älteres Schema; mit --upgrade ausführen, um sie neu zu schreiben)</translation>
    </message>
    <message>
        <source>%1: valid experiment &quot;%2&quot;%3</source>
        <translation>%1: gültiges Experiment &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>fabbrica profiles: unknown argument %1 (see fabbrica --help)</source>
        <translation>fabbrica profiles: unbekanntes Argument %1 (siehe fabbrica --help)</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>local processes</source>
        <translation>lokale Prozesse</translation>
    </message>
    <message>
        <source>fabbrica: unknown command &quot;%1&quot; (see fabbrica --help)</source>
        <translation>fabbrica: unbekannter Befehl &quot;%1&quot; (siehe fabbrica --help)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  check --profile NAME         connect with a profile: print the host key fingerprint, the
        [--accept-new-host-key] login method, the remote user and `sinfo --version`;
        [--timeout SECONDS]     secrets are asked on the terminal (one line each from
                               stdin when it is not a terminal); an unknown host key is
                               refused unless --accept-new-host-key, a changed one always
</source>
        <translation>  check --profile NAME         verbindet sich mit einem Profil: gibt Fingerabdruck des Host-Keys,
        [--accept-new-host-key] Anmeldemethode, entfernten Benutzer und `sinfo --version` aus;
        [--timeout SECONDS]     Geheimnisse werden im Terminal abgefragt (je eine Zeile von stdin,
                               wenn es kein Terminal ist); ein unbekannter Host-Key wird abgelehnt,
                               außer mit --accept-new-host-key, ein geänderter immer
</translation>
    </message>
    <message>
        <source>fabbrica check: --timeout takes a number of seconds, got %1</source>
        <translation>fabbrica check: --timeout erwartet eine Anzahl Sekunden, erhalten: %1</translation>
    </message>
    <message>
        <source>fabbrica check: unknown argument %1 (see fabbrica --help)</source>
        <translation>fabbrica check: unbekanntes Argument %1 (siehe fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica check: name a profile, e.g. fabbrica check --profile leonardo (fabbrica profiles lists them)</source>
        <translation>fabbrica check: Geben Sie ein Profil an, z. B. fabbrica check --profile leonardo (fabbrica profiles listet sie auf)</translation>
    </message>
    <message>
        <source>fabbrica check: no profile named &quot;%1&quot; in %2 (fabbrica profiles lists them)</source>
        <translation>fabbrica check: kein Profil namens &quot;%1&quot; in %2 (fabbrica profiles listet sie auf)</translation>
    </message>
    <message>
        <source>fabbrica check: %1</source>
        <translation>fabbrica check: %1</translation>
    </message>
    <message>
        <source>note: ~/.ssh/config: %1</source>
        <translation>Hinweis: ~/.ssh/config: %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> über %1</translation>
    </message>
    <message>
        <source>no answer within %1 s (%2)</source>
        <translation>keine Antwort innerhalb von %1 s (%2)</translation>
    </message>
    <message>
        <source>fabbrica check: cannot connect with profile &quot;%1&quot;: %2</source>
        <translation>fabbrica check: Verbindung mit Profil &quot;%1&quot; nicht möglich: %2</translation>
    </message>
    <message>
        <source>Jump host:     %1</source>
        <translation>Jump-Host:        %1</translation>
    </message>
    <message>
        <source>Host key:      %1 %2 (%3)</source>
        <translation>Host-Key:         %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Logged in by:  %1</source>
        <translation>Anmeldung:        %1</translation>
    </message>
    <message>
        <source>Certificate:   valid for %1 more (until %2)</source>
        <translation>Zertifikat:       noch %1 gültig (bis %2)</translation>
    </message>
    <message>
        <source>fabbrica check: `id -un` failed on %1: %2</source>
        <translation>fabbrica check: `id -un` ist auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Remote user:   %1</source>
        <translation>Remote-Benutzer:  %1</translation>
    </message>
    <message>
        <source>fabbrica check: `sinfo --version` did not run: %1</source>
        <translation>fabbrica check: `sinfo --version` ließ sich nicht ausführen: %1</translation>
    </message>
    <message>
        <source>fabbrica check: `sinfo --version` failed (exit %1): %2 — is Slurm in the login shell&apos;s PATH on %3?</source>
        <translation>fabbrica check: `sinfo --version` ist fehlgeschlagen (Exit-Code %1): %2 — ist Slurm im PATH der Login-Shell auf %3?</translation>
    </message>
    <message>
        <source>Slurm:         %1</source>
        <translation>Slurm:            %1</translation>
    </message>
    <message>
        <source>OK: profile &quot;%1&quot; works.</source>
        <translation>OK: Profil &quot;%1&quot; funktioniert.</translation>
    </message>
    <message>
        <source>fabbrica metrics: no job %1 on This computer</source>
        <translation>fabbrica metrics: kein Job %1 auf diesem Computer</translation>
    </message>
    <message>
        <source>fabbrica metrics: job %1 has written no metrics (yet)</source>
        <translation>fabbrica metrics: Job %1 hat (noch) keine Metriken geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>fabbrica metrics: %n line(s) could not be read</source>
        <translation>
            <numerusform>fabbrica metrics: %n Zeile konnte nicht gelesen werden</numerusform>
            <numerusform>fabbrica metrics: %n Zeilen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>fabbrica metrics: %1</source>
        <translation>fabbrica metrics: %1</translation>
    </message>
    <message>
        <source>fabbrica metrics: no stored metrics for job %1 of %2; open the job in Fabbrica while it runs to stream them</source>
        <translation>fabbrica metrics: keine gespeicherten Metriken für Job %1 von %2; öffnen Sie den Job in Fabbrica, während er läuft, um sie zu streamen</translation>
    </message>
    <message>
        <source>fabbrica metrics: --follow reads live files on This computer only; printing the points stored so far</source>
        <translation>fabbrica metrics: --follow liest Live-Dateien nur auf diesem Computer; die bisher gespeicherten Punkte werden ausgegeben</translation>
    </message>
    <message>
        <source>fabbrica metrics: %1 was still running when last seen</source>
        <translation>fabbrica metrics: %1 lief beim letzten Abruf noch</translation>
    </message>
    <message>
        <source>  metrics JOBID --profile NAME [--follow] [--json]
                               print a job&apos;s training metrics, one point per line
</source>
        <translation>  metrics JOBID --profile NAME [--follow] [--json]
                               gibt die Trainingsmetriken eines Jobs aus, ein Punkt pro Zeile
</translation>
    </message>
    <message>
        <source>fabbrica metrics: unexpected argument %1 (see fabbrica --help)</source>
        <translation>fabbrica metrics: unerwartetes Argument %1 (siehe fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica metrics: which job? (fabbrica metrics JOBID --profile NAME)</source>
        <translation>fabbrica metrics: Welcher Job? (fabbrica metrics JOBID --profile NAME)</translation>
    </message>
    <message>
        <source>fabbrica %1: no profile named &quot;%2&quot; in %3 (fabbrica profiles lists them)</source>
        <translation>fabbrica %1: kein Profil namens &quot;%2&quot; in %3 (fabbrica profiles listet sie auf)</translation>
    </message>
    <message>
        <source>fabbrica %1: %2</source>
        <translation>fabbrica %1: %2</translation>
    </message>
    <message>
        <source>fabbrica %1: cannot connect with profile &quot;%2&quot;: %3</source>
        <translation>fabbrica %1: Verbindung mit Profil &quot;%2&quot; nicht möglich: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>fabbrica jobs: no answer from %1</source>
        <translation>fabbrica jobs: keine Antwort von %1</translation>
    </message>
    <message>
        <source>fabbrica jobs: %1</source>
        <translation>fabbrica jobs: %1</translation>
    </message>
    <message numerus="yes">
        <source>note: %n line(s) of the scheduler&apos;s answer could not be read</source>
        <translation>
            <numerusform>Hinweis: %n Zeile der Antwort des Schedulers konnte nicht gelesen werden</numerusform>
            <numerusform>Hinweis: %n Zeilen der Antwort des Schedulers konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>JOBID</source>
        <translation>JOB-ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ELAPSED</source>
        <translation>LAUFZEIT</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>EXIT</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>fabbrica allocations: %1</source>
        <translation>fabbrica allocations: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINHEIT</translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation>BEWILLIGT</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>VERBRAUCHT</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>VERBLEIBEND</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>fabbrica partitions: %1</source>
        <translation>fabbrica partitions: %1</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <source>IDLE/NODES</source>
        <translation>FREI/KNOTEN</translation>
    </message>
    <message>
        <source>GPUS/NODE</source>
        <translation>GPUS/KNOTEN</translation>
    </message>
    <message>
        <source>FREE GPUS</source>
        <translation>FREIE GPUS</translation>
    </message>
    <message>
        <source>MAX TIME</source>
        <translation>MAX. ZEIT</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>fabbrica cancel: %1</source>
        <translation>fabbrica cancel: %1</translation>
    </message>
    <message>
        <source>fabbrica %1: %2 is not a valid experiment</source>
        <translation>fabbrica %1: %2 ist kein gültiges Experiment</translation>
    </message>
    <message>
        <source>fabbrica submit: no answer from %1</source>
        <translation>fabbrica submit: keine Antwort von %1</translation>
    </message>
    <message>
        <source>Cost:     %1</source>
        <translation>Kosten:   %1</translation>
    </message>
    <message>
        <source>Budget:   %1</source>
        <translation>Budget:   %1</translation>
    </message>
    <message>
        <source>Starts:   about %1 (sbatch --test-only)</source>
        <translation>Start:    etwa %1 (sbatch --test-only)</translation>
    </message>
    <message>
        <source>fabbrica submit: %1</source>
        <translation>fabbrica submit: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was submitted.</source>
        <translation>Probelauf: Es wurde nichts eingereicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) in %1</source>
        <translation>
            <numerusform>%n Task in %1</numerusform>
            <numerusform>%n Tasks in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>fabbrica script: name one experiment file</source>
        <translation>fabbrica script: Geben Sie eine Experimentdatei an</translation>
    </message>
    <message>
        <source>fabbrica script: no usable profile named &quot;%1&quot;</source>
        <translation>fabbrica script: kein verwendbares Profil namens &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>note: the parameter table %1 (%n task(s)) is uploaded beside the script</source>
        <translation>
            <numerusform>Hinweis: Die Parametertabelle %1 (%n Task) wird neben das Skript hochgeladen</numerusform>
            <numerusform>Hinweis: Die Parametertabelle %1 (%n Tasks) wird neben das Skript hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>  script FILE [--profile NAME]  print the batch script the experiment would submit
  submit FILE --profile NAME    estimate the cost, check the account, submit; prints the job
        [--dry-run] [--json]    id(s). --dry-run stops before sbatch
  jobs --profile NAME [JOBID…]  your jobs (or these), with pending reasons in plain words
        [--json]
  cancel JOBID… --profile NAME  cancel jobs
  allocations --profile NAME    budgets: granted, used, left (unknown stays unknown)
        [--json]
  partitions --profile NAME     partitions with GPUs per node, free GPUs, time limits
        [--json]
  (--profile this-computer, the default, runs experiments on this computer)
</source>
        <translation>  script FILE [--profile NAME]  gibt das Batch-Skript aus, das das Experiment einreichen würde
  submit FILE --profile NAME    schätzt die Kosten, prüft das Konto, reicht ein; gibt die Job-ID(s)
        [--dry-run] [--json]    aus. --dry-run hält vor sbatch an
  jobs --profile NAME [JOBID…]  Ihre Jobs (oder die angegebenen), mit Wartegründen in Klartext
        [--json]
  cancel JOBID… --profile NAME  bricht Jobs ab
  allocations --profile NAME    Budgets: bewilligt, verbraucht, verbleibend (Unbekanntes bleibt unbekannt)
        [--json]
  partitions --profile NAME     Partitionen mit GPUs pro Knoten, freien GPUs, Zeitlimits
        [--json]
  (--profile this-computer, die Voreinstellung, führt Experimente auf diesem Computer aus)
</translation>
    </message>
    <message>
        <source>fabbrica %1: unknown option %2 (see fabbrica --help)</source>
        <translation>fabbrica %1: unbekannte Option %2 (siehe fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica submit: name one experiment file, e.g. fabbrica submit sweep.json --profile leonardo</source>
        <translation>fabbrica submit: Geben Sie eine Experimentdatei an, z. B. fabbrica submit sweep.json --profile leonardo</translation>
    </message>
    <message>
        <source>fabbrica cancel: name the job id(s) to cancel</source>
        <translation>fabbrica cancel: Geben Sie die IDs der abzubrechenden Jobs an</translation>
    </message>
    <message>
        <source>fabbrica bundle create: %1 needs a value</source>
        <translation>fabbrica bundle create: %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>fabbrica bundle create: no profile named &quot;%1&quot;</source>
        <translation>fabbrica bundle create: kein Profil namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fabbrica bundle create: unexpected &quot;%1&quot;</source>
        <translation>fabbrica bundle create: unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fabbrica bundle create: give the output file and --title</source>
        <translation>fabbrica bundle create: Geben Sie die Ausgabedatei und --title an</translation>
    </message>
    <message>
        <source>%1: %2 profile(s), %3 experiment(s), %4 data file(s), %5 KB</source>
        <translation>%1: %2 Profil(e), %3 Experiment(e), %4 Datendatei(en), %5 KB</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Reservation: %1</source>
        <translation>Reservierung: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profil: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Experiment: %1 (%n file(s))</source>
        <translation>
            <numerusform>Experiment: %1 (%n Datei)</numerusform>
            <numerusform>Experiment: %1 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data: %1 (%2 bytes)</source>
        <translation>Daten: %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>profile %1 added</source>
        <translation>Profil %1 hinzugefügt</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>Daten %1</translation>
    </message>
    <message>
        <source>  bundle create OUT.fabbrica --title TEXT [--description TEXT] [--reservation NAME]
                [--profile NAME]... [--experiment FILE]... [--data FILE]...
                                 make a workshop bundle (profiles carry no user, key or secret)
  bundle show FILE.fabbrica      what a bundle holds
  bundle import FILE.fabbrica    add its profiles and experiments (nothing is overwritten)
</source>
        <translation>  bundle create OUT.fabbrica --title TEXT [--description TEXT] [--reservation NAME]
                [--profile NAME]... [--experiment FILE]... [--data FILE]...
                                 erstellt ein Workshop-Bundle (Profile enthalten weder Benutzer noch Schlüssel oder Geheimnisse)
  bundle show FILE.fabbrica      zeigt, was ein Bundle enthält
  bundle import FILE.fabbrica    fügt seine Profile und Experimente hinzu (nichts wird überschrieben)
</translation>
    </message>
</context>
<context>
    <name>fab::json</name>
    <message>
        <source>not valid JSON at line %1, column %2 (%3)</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2 (%3)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3)</source>
        <translation>%1 ist zu groß (%2 Bytes; höchstens %3)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu</name>
    <message>
        <source>no NVIDIA GPU or driver found</source>
        <translation>keine NVIDIA-GPU oder kein Treiber gefunden</translation>
    </message>
    <message>
        <source>the CUDA attention kernel takes heads of up to 128 channels; this model has %1</source>
        <translation>der CUDA-Attention-Kernel unterstützt Heads mit bis zu 128 Kanälen; dieses Modell hat %1</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Checkpoint</name>
    <message>
        <source>%1 is not a Fabbrica checkpoint</source>
        <translation>%1 ist kein Fabbrica-Checkpoint</translation>
    </message>
    <message>
        <source>%1 was written for a different model than this run&apos;s (%2)</source>
        <translation>%1 wurde für ein anderes Modell geschrieben als das dieses Laufs (%2)</translation>
    </message>
    <message>
        <source>shapes differ</source>
        <translation>Shapes unterscheiden sich</translation>
    </message>
    <message>
        <source>%1: tensor %2 is missing or has the wrong shape</source>
        <translation>%1: Tensor %2 fehlt oder hat die falsche Shape</translation>
    </message>
    <message>
        <source>%1: step, rng or data_position in its metadata is not a number</source>
        <translation>%1: step, rng oder data_position in den Metadaten ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Data</name>
    <message>
        <source>sequence length must be at least 1</source>
        <translation>die Sequenzlänge muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>validation fraction must be between 0 and 0.5, got %1</source>
        <translation>der Validierungsanteil muss zwischen 0 und 0,5 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>data file %1 does not exist</source>
        <translation>die Datendatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read data file %1: %2</source>
        <translation>die Datendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>data file %1 is empty</source>
        <translation>die Datendatei %1 ist leer</translation>
    </message>
    <message>
        <source>unknown data format &quot;%1&quot; (auto, text, jsonl or pairs)</source>
        <translation>unbekanntes Datenformat &quot;%1&quot; (auto, text, jsonl oder pairs)</translation>
    </message>
    <message>
        <source>%1 line %2: not a JSON object</source>
        <translation>%1 Zeile %2: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 line %2: needs string fields &quot;prompt&quot; and &quot;completion&quot; like the lines before it</source>
        <translation>%1 Zeile %2: braucht die String-Felder &quot;prompt&quot; und &quot;completion&quot; wie die Zeilen davor</translation>
    </message>
    <message>
        <source>%1 line %2: needs a string field &quot;text&quot; (or &quot;prompt&quot; and &quot;completion&quot;)</source>
        <translation>%1 Zeile %2: braucht ein String-Feld &quot;text&quot; (oder &quot;prompt&quot; und &quot;completion&quot;)</translation>
    </message>
    <message>
        <source>%1 has no records</source>
        <translation>%1 enthält keine Datensätze</translation>
    </message>
    <message>
        <source>%1 gives no training tokens to learn from (%2 tokens in all)</source>
        <translation>%1 liefert keine Trainings-Tokens, aus denen gelernt werden kann (insgesamt %2 Tokens)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Device</name>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 GB)</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n Thread</numerusform>
            <numerusform>CPU, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>no NVIDIA GPU or driver found</source>
        <translation>keine NVIDIA-GPU oder kein Treiber gefunden</translation>
    </message>
    <message>
        <source>built without CUDA</source>
        <translation>ohne CUDA gebaut</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Engine</name>
    <message>
        <source>this build of Fabbrica has no CUDA path</source>
        <translation>dieser Build von Fabbrica hat keinen CUDA-Pfad</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::LocalRuns</name>
    <message>
        <source>the sample dataset is missing from this build</source>
        <translation>der Beispieldatensatz fehlt in diesem Build</translation>
    </message>
    <message>
        <source>cannot write the sample dataset into %1: %2</source>
        <translation>der Beispieldatensatz kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Lora</name>
    <message>
        <source>LoRA rank must be between 0 (full fine-tune) and 4096, got %1</source>
        <translation>der LoRA-Rang muss zwischen 0 (vollständiges Fine-Tuning) und 4096 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>LoRA alpha must be positive, got %1</source>
        <translation>LoRA-Alpha muss positiv sein, erhalten: %1</translation>
    </message>
    <message>
        <source>LoRA dropout must be in [0, 1), got %1</source>
        <translation>LoRA-Dropout muss in [0, 1) liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>LoRA needs at least one target module (c_attn, c_proj, c_fc)</source>
        <translation>LoRA braucht mindestens ein Zielmodul (c_attn, c_proj, c_fc)</translation>
    </message>
    <message>
        <source>unknown LoRA target module &quot;%1&quot; (use c_attn, c_proj, c_fc)</source>
        <translation>unbekanntes LoRA-Zielmodul &quot;%1&quot; (verwenden Sie c_attn, c_proj, c_fc)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::ModelConfig</name>
    <message>
        <source>vocabulary size must be between 2 and 1048576, got %1</source>
        <translation>die Vokabulargröße muss zwischen 2 und 1048576 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>context length must be between 1 and 65536, got %1</source>
        <translation>die Kontextlänge muss zwischen 1 und 65536 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>number of layers must be between 1 and 256, got %1</source>
        <translation>die Anzahl der Schichten muss zwischen 1 und 256 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>heads and width must be positive (width at most 65536), got %1 heads, width %2</source>
        <translation>Heads und Breite müssen positiv sein (Breite höchstens 65536), erhalten: %1 Heads, Breite %2</translation>
    </message>
    <message>
        <source>width %1 is not a multiple of the number of heads %2</source>
        <translation>die Breite %1 ist kein Vielfaches der Anzahl der Heads %2</translation>
    </message>
    <message>
        <source>layer_norm_epsilon must be between 0 and 1, got %1</source>
        <translation>layer_norm_epsilon muss zwischen 0 und 1 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>config.json is not a JSON object</source>
        <translation>config.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>config.json describes a &quot;%1&quot; model; only GPT-2 (model_type &quot;gpt2&quot;) is supported</source>
        <translation>config.json beschreibt ein &quot;%1&quot;-Modell; nur GPT-2 (model_type &quot;gpt2&quot;) wird unterstützt</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;vocab_size&quot;</source>
        <translation>config.json hat keinen ganzzahligen Wert &quot;vocab_size&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_positions&quot;</source>
        <translation>config.json hat keinen ganzzahligen Wert &quot;n_positions&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_layer&quot;</source>
        <translation>config.json hat keinen ganzzahligen Wert &quot;n_layer&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_head&quot;</source>
        <translation>config.json hat keinen ganzzahligen Wert &quot;n_head&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_embd&quot;</source>
        <translation>config.json hat keinen ganzzahligen Wert &quot;n_embd&quot;</translation>
    </message>
    <message>
        <source>config.json uses activation &quot;%1&quot;; this engine implements GPT-2&apos;s tanh GELU (gelu_new)</source>
        <translation>config.json verwendet die Aktivierung &quot;%1&quot;; diese Engine implementiert das tanh-GELU von GPT-2 (gelu_new)</translation>
    </message>
    <message>
        <source>config.json sets n_inner %1; only the GPT-2 MLP of 4 × n_embd is supported</source>
        <translation>config.json setzt n_inner %1; nur das GPT-2-MLP mit 4 × n_embd wird unterstützt</translation>
    </message>
    <message>
        <source>config.json unties the output head; GPT-2&apos;s head is tied to wte</source>
        <translation>config.json entkoppelt den Output-Head; der Head von GPT-2 ist an wte gebunden</translation>
    </message>
    <message>
        <source>config.json: %1</source>
        <translation>config.json: %1</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Safetensors</name>
    <message>
        <source>not a safetensors file: shorter than its 8-byte header length</source>
        <translation>keine safetensors-Datei: kürzer als ihre 8-Byte-Headerlänge</translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 is out of range</source>
        <translation>keine safetensors-Datei: Headerlänge %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>truncated safetensors file: the header needs %1 bytes, the file has %2</source>
        <translation>abgeschnittene safetensors-Datei: Der Header braucht %1 Bytes, die Datei hat %2</translation>
    </message>
    <message>
        <source>safetensors header incomplete in memory</source>
        <translation>safetensors-Header im Speicher unvollständig</translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object</source>
        <translation>safetensors-Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>safetensors __metadata__ is not an object</source>
        <translation>safetensors-__metadata__ ist kein Objekt</translation>
    </message>
    <message>
        <source>safetensors __metadata__ value &quot;%1&quot; is not a string</source>
        <translation>safetensors-__metadata__-Wert &quot;%1&quot; ist kein String</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: entry is not an object</source>
        <translation>Tensor &quot;%1&quot;: Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: no dtype</source>
        <translation>Tensor &quot;%1&quot;: kein dtype</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: shape is not a list of at most 8 dimensions</source>
        <translation>Tensor &quot;%1&quot;: shape ist keine Liste mit höchstens 8 Dimensionen</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets is not [begin, end]</source>
        <translation>Tensor &quot;%1&quot;: data_offsets ist nicht [begin, end]</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: unknown dtype &quot;%2&quot;</source>
        <translation>Tensor &quot;%1&quot;: unbekannter dtype &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: a dimension is not a non-negative integer</source>
        <translation>Tensor &quot;%1&quot;: eine Dimension ist keine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: shape is larger than the file</source>
        <translation>Tensor &quot;%1&quot;: shape ist größer als die Datei</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets are not non-negative integers</source>
        <translation>Tensor &quot;%1&quot;: data_offsets sind keine nicht negativen ganzen Zahlen</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets [%2, %3] fall outside the %4 data bytes</source>
        <translation>Tensor &quot;%1&quot;: data_offsets [%2, %3] liegen außerhalb der %4 Datenbytes</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 × %3 bytes do not fill data_offsets [%4, %5]</source>
        <translation>Tensor &quot;%1&quot;: %2 × %3 Bytes füllen data_offsets [%4, %5] nicht aus</translation>
    </message>
    <message>
        <source>tensors &quot;%1&quot; and &quot;%2&quot; overlap</source>
        <translation>die Tensoren &quot;%1&quot; und &quot;%2&quot; überlappen sich</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; is cut short (file changed while reading?)</source>
        <translation>%1: Tensor &quot;%2&quot; ist abgeschnitten (wurde die Datei beim Lesen geändert?)</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; has dtype %3; weights must be F32, F16, BF16 or F64</source>
        <translation>%1: Tensor &quot;%2&quot; hat dtype %3; Gewichte müssen F32, F16, BF16 oder F64 sein</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::ScaleUp</name>
    <message>
        <source>%1 has no exported model yet (model.safetensors + config.json): finish or resume the local run first</source>
        <translation>%1 hat noch kein exportiertes Modell (model.safetensors + config.json): Schließen Sie den lokalen Lauf erst ab oder setzen Sie ihn fort</translation>
    </message>
    <message>
        <source>the run&apos;s data file %1 is gone</source>
        <translation>die Datendatei %1 des Laufs ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>scale-up needs at least one node and one GPU per node</source>
        <translation>das Hochskalieren braucht mindestens einen Knoten und eine GPU pro Knoten</translation>
    </message>
    <message>
        <source>each of the %1 GPUs takes batch × grad_accum sequences per step: the global batch is %1 times the local run&apos;s; lower lr or grad_accum to keep it the same</source>
        <translation>jede der %1 GPUs verarbeitet batch × grad_accum Sequenzen pro Schritt: Die globale Batch ist %1-mal so groß wie die des lokalen Laufs; senken Sie lr oder grad_accum, damit sie gleich bleibt</translation>
    </message>
    <message>
        <source>the cluster run starts from this run&apos;s exported model (LoRA merged into it)</source>
        <translation>der Cluster-Lauf startet mit dem exportierten Modell dieses Laufs (LoRA darin zusammengeführt)</translation>
    </message>
    <message>
        <source>cannot write the training script into %1</source>
        <translation>das Trainingsskript kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>cannot put %1 into %2: %3</source>
        <translation>%1 kann nicht nach %2 gelegt werden: %3</translation>
    </message>
    <message>
        <source>%1 has AMD GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL) and does not apply there. Use the site&apos;s ROCm PyTorch containers and an experiment of your own instead.</source>
        <translation>%1 hat AMD-GPUs: Das Hochskalierungsskript ist für NVIDIA-GPUs (CUDA, NCCL) geschrieben und passt dort nicht. Verwenden Sie stattdessen die ROCm-PyTorch-Container des Zentrums und ein eigenes Experiment.</translation>
    </message>
    <message>
        <source>%1 has %2 GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL)</source>
        <translation>%1 hat %2-GPUs: Das Hochskalierungsskript ist für NVIDIA-GPUs (CUDA, NCCL) geschrieben</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Tokenizer</name>
    <message>
        <source>encoder.json is not a JSON object of token → id</source>
        <translation>encoder.json ist kein JSON-Objekt aus Token → ID</translation>
    </message>
    <message>
        <source>encoder.json: the id of &quot;%1&quot; is not a small non-negative integer</source>
        <translation>encoder.json: Die ID von &quot;%1&quot; ist keine kleine, nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>vocab.bpe line %1 is not &quot;first second&quot;</source>
        <translation>vocab.bpe Zeile %1 hat nicht die Form &quot;first second&quot;</translation>
    </message>
    <message>
        <source>vocab.bpe has no merges</source>
        <translation>vocab.bpe enthält keine Merges</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the built-in GPT-2 tokenizer files are missing from this build</source>
        <translation>die eingebauten GPT-2-Tokenizer-Dateien fehlen in diesem Build</translation>
    </message>
    <message>
        <source>%1 has no GPT-2 tokenizer (encoder.json + vocab.bpe, or vocab.json + merges.txt)</source>
        <translation>%1 hat keinen GPT-2-Tokenizer (encoder.json + vocab.bpe oder vocab.json + merges.txt)</translation>
    </message>
    <message>
        <source>unknown tokenizer &quot;%1&quot;: use byte, gpt2 or a folder with encoder.json + vocab.bpe</source>
        <translation>unbekannter Tokenizer &quot;%1&quot;: Verwenden Sie byte, gpt2 oder einen Ordner mit encoder.json + vocab.bpe</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainConfig</name>
    <message>
        <source>the fine-tune settings must be a JSON object</source>
        <translation>die Fine-Tuning-Einstellungen müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss ein String sein</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>unbekannte Einstellung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>model must be an object {layers, heads, width, context}</source>
        <translation>model muss ein Objekt {layers, heads, width, context} sein</translation>
    </message>
    <message>
        <source>lora must be an object {rank, alpha, dropout, targets}</source>
        <translation>lora muss ein Objekt {rank, alpha, dropout, targets} sein</translation>
    </message>
    <message>
        <source>lora.targets must be a list such as [&quot;c_attn&quot;, &quot;c_proj&quot;, &quot;c_fc&quot;]</source>
        <translation>lora.targets muss eine Liste wie [&quot;c_attn&quot;, &quot;c_proj&quot;, &quot;c_fc&quot;] sein</translation>
    </message>
    <message>
        <source>lora.targets must hold strings</source>
        <translation>lora.targets muss Strings enthalten</translation>
    </message>
    <message>
        <source>seed must be an integer</source>
        <translation>seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>no training data: give a text or JSONL file (--data FILE)</source>
        <translation>keine Trainingsdaten: Geben Sie eine Text- oder JSONL-Datei an (--data FILE)</translation>
    </message>
    <message>
        <source>no run folder: give one with --out DIR</source>
        <translation>kein Laufordner: Geben Sie einen mit --out DIR an</translation>
    </message>
    <message>
        <source>steps must be at least 1, got %1</source>
        <translation>steps muss mindestens 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>batch and grad_accum must be at least 1, got %1 and %2</source>
        <translation>batch und grad_accum müssen mindestens 1 sein, erhalten: %1 und %2</translation>
    </message>
    <message>
        <source>seq must be between 2 and 65536, got %1</source>
        <translation>seq muss zwischen 2 und 65536 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>lr must be positive and below 10, got %1</source>
        <translation>lr muss positiv und kleiner als 10 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>min_lr_ratio must be in [0, 1], got %1</source>
        <translation>min_lr_ratio muss in [0, 1] liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>warmup must be 0 or more steps</source>
        <translation>warmup muss 0 oder mehr Schritte betragen</translation>
    </message>
    <message>
        <source>AdamW needs weight_decay &gt;= 0, beta1 and beta2 in [0, 1), eps &gt; 0</source>
        <translation>AdamW braucht weight_decay &gt;= 0, beta1 und beta2 in [0, 1), eps &gt; 0</translation>
    </message>
    <message>
        <source>grad_clip must be 0 (off) or positive</source>
        <translation>grad_clip muss 0 (aus) oder positiv sein</translation>
    </message>
    <message>
        <source>eval_every and sample_every must be &gt;= 0, eval_batches and sample_tokens &gt;= 1, top_k &gt;= 0, temperature &gt; 0</source>
        <translation>eval_every und sample_every müssen &gt;= 0 sein, eval_batches und sample_tokens &gt;= 1, top_k &gt;= 0, temperature &gt; 0</translation>
    </message>
    <message>
        <source>checkpoint_every must be &gt;= 0 and keep_checkpoints &gt;= 1</source>
        <translation>checkpoint_every muss &gt;= 0 sein und keep_checkpoints &gt;= 1</translation>
    </message>
    <message>
        <source>device must be auto, cpu or cuda, got &quot;%1&quot;</source>
        <translation>device muss auto, cpu oder cuda sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>threads must be between 0 (all cores) and 1024</source>
        <translation>threads muss zwischen 0 (alle Kerne) und 1024 liegen</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Trainer</name>
    <message>
        <source>cancelled at step %1</source>
        <translation>abgebrochen bei Schritt %1</translation>
    </message>
    <message>
        <source>finished %1 steps</source>
        <translation>%1 Schritte abgeschlossen</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainingRun</name>
    <message>
        <source>--resume needs the run folder (--out DIR)</source>
        <translation>--resume braucht den Laufordner (--out DIR)</translation>
    </message>
    <message>
        <source>no checkpoint to resume from in %1/checkpoints</source>
        <translation>kein Checkpoint zum Fortsetzen in %1/checkpoints</translation>
    </message>
    <message>
        <source>%1 is not a Fabbrica checkpoint (no train_config)</source>
        <translation>%1 ist kein Fabbrica-Checkpoint (keine train_config)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the %1 tokenizer has %2 tokens but the model&apos;s vocabulary has only %3</source>
        <translation>der Tokenizer %1 hat %2 Tokens, aber das Vokabular des Modells hat nur %3</translation>
    </message>
    <message>
        <source>seq %1 is longer than the model&apos;s context of %2 positions</source>
        <translation>seq %1 ist länger als der Kontext des Modells mit %2 Positionen</translation>
    </message>
    <message>
        <source>data: %1 (%2), %3 tokens → %4 training and %5 validation sequences of %6</source>
        <translation>Daten: %1 (%2), %3 Tokens → %4 Trainings- und %5 Validierungssequenzen zu je %6</translation>
    </message>
    <message>
        <source>--device cuda: %1</source>
        <translation>--device cuda: %1</translation>
    </message>
    <message>
        <source>no GPU (%1): training on the CPU</source>
        <translation>keine GPU (%1): Training auf der CPU</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>der Laufordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>resumed from %1 at step %2</source>
        <translation>fortgesetzt von %1 bei Schritt %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>model: GPT-2, %1 layers, %2 heads, width %3, context %4, vocab %5: %6 parameters, %7 trained%8</source>
        <translation>Modell: GPT-2, %1 Schichten, %2 Heads, Breite %3, Kontext %4, Vokabular %5: %6 Parameter, %7 trainiert%8</translation>
    </message>
    <message>
        <source> (LoRA rank %1)</source>
        <translation> (LoRA-Rang %1)</translation>
    </message>
    <message>
        <source>device: %1%2</source>
        <translation>Gerät: %1%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s)</source>
        <translation>
            <numerusform>, %n Thread</numerusform>
            <numerusform>, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>the loss became %1 at step %2: lower the learning rate (now %3) or check the data</source>
        <translation>der Loss wurde bei Schritt %2 zu %1: Senken Sie die Lernrate (derzeit %3) oder prüfen Sie die Daten</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Weights</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>base model %1 does not exist</source>
        <translation>das Basismodell %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 has no model.safetensors (PyTorch .bin files are not read: convert them with transformers&apos; save_pretrained(safe_serialization=True))</source>
        <translation>%1 hat keine model.safetensors (PyTorch-.bin-Dateien werden nicht gelesen: Konvertieren Sie sie mit save_pretrained(safe_serialization=True) aus transformers)</translation>
    </message>
    <message>
        <source>%1 is not a GPT-2 model: it has no 2-D wte.weight and wpe.weight</source>
        <translation>%1 ist kein GPT-2-Modell: Es hat keine 2-D-Tensoren wte.weight und wpe.weight</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not match the weights: config says vocab %2, width %3, context %4, %5 layers; the file has %6, %7, %8, %9</source>
        <translation>%1 passt nicht zu den Gewichten: Die Konfiguration nennt Vokabular %2, Breite %3, Kontext %4, %5 Schichten; die Datei hat %6, %7, %8, %9</translation>
    </message>
    <message>
        <source>no config.json beside %1: assumed %2 heads of 64</source>
        <translation>keine config.json neben %1: %2 Heads zu 64 angenommen</translation>
    </message>
    <message>
        <source>%1 lacks tensor %2</source>
        <translation>In %1 fehlt der Tensor %2</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, a GPT-2 of this size needs %4 (Conv1D weights are [in, out])</source>
        <translation>%1: Tensor %2 hat die Shape %3, ein GPT-2 dieser Größe braucht %4 (Conv1D-Gewichte sind [in, out])</translation>
    </message>
    <message>
        <source>%1 has tensor %2, which is not part of GPT-2 (a different architecture?)</source>
        <translation>%1 hat den Tensor %2, der nicht zu GPT-2 gehört (eine andere Architektur?)</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n tied head / attention mask buffer(s)</source>
        <translation>
            <numerusform>%n gebundener Head- bzw. Attention-Masken-Puffer übersprungen</numerusform>
            <numerusform>%n gebundene Head- bzw. Attention-Masken-Puffer übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>internal error: %1 parameters for a layout of %2</source>
        <translation>interner Fehler: %1 Parameter für ein Layout von %2</translation>
    </message>
    <message>
        <source>%1 is not a PEFT LoRA adapter config (peft_type LORA, integer r)</source>
        <translation>%1 ist keine PEFT-LoRA-Adapterkonfiguration (peft_type LORA, ganzzahliges r)</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, expected %4 for this base model</source>
        <translation>%1: Tensor %2 hat die Shape %3, erwartet für dieses Basismodell: %4</translation>
    </message>
</context>
<context>
    <name>fab::metrics::MetricParser</name>
    <message>
        <source>a quoted cell is not closed properly</source>
        <translation>eine Zelle in Anführungszeichen ist nicht richtig geschlossen</translation>
    </message>
    <message>
        <source>the row does not have one cell per column (%1)</source>
        <translation>die Zeile hat nicht genau eine Zelle pro Spalte (%1)</translation>
    </message>
    <message>
        <source>a Trainer log dict is cut or malformed</source>
        <translation>ein Trainer-Log-Dict ist abgeschnitten oder fehlerhaft</translation>
    </message>
    <message>
        <source>not valid JSON (at column %1)</source>
        <translation>kein gültiges JSON (bei Spalte %1)</translation>
    </message>
    <message>
        <source>byte %1: %2: %3</source>
        <translation>Byte %1: %2: %3</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>Zeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>%1 bytes missing from the stream</source>
        <translation>%1 Bytes fehlen im Stream</translation>
    </message>
    <message>
        <source>an MLflow metric file needs its metric name</source>
        <translation>eine MLflow-Metrikdatei braucht ihren Metriknamen</translation>
    </message>
    <message>
        <source>unknown metrics format “%1”</source>
        <translation>unbekanntes Metrikformat „%1“</translation>
    </message>
    <message>
        <source>not an MLflow metric line (timestamp value step)</source>
        <translation>keine MLflow-Metrikzeile (timestamp value step)</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression: %1 (at %2)</source>
        <translation>das Muster ist kein gültiger regulärer Ausdruck: %1 (bei %2)</translation>
    </message>
    <message>
        <source>the pattern needs a named group (?&lt;step&gt;…) and one per metric</source>
        <translation>das Muster braucht eine benannte Gruppe (?&lt;step&gt;…) und eine pro Metrik</translation>
    </message>
    <message>
        <source>the step group did not match an integer</source>
        <translation>die step-Gruppe hat keine ganze Zahl erfasst</translation>
    </message>
    <message>
        <source>not a TFRecord here (length checksum wrong); skipped to the next record</source>
        <translation>hier ist kein TFRecord (Längen-Prüfsumme falsch); weiter zum nächsten Record</translation>
    </message>
    <message>
        <source>record checksum wrong</source>
        <translation>Record-Prüfsumme falsch</translation>
    </message>
    <message>
        <source>record is not a TensorBoard event</source>
        <translation>der Record ist kein TensorBoard-Event</translation>
    </message>
    <message>
        <source>the stream ends inside a record</source>
        <translation>der Stream endet mitten in einem Record</translation>
    </message>
</context>
<context>
    <name>fab::remote::Auth</name>
    <message>
        <source>%1 (accepted, another factor is required)</source>
        <translation>%1 (akzeptiert, ein weiterer Faktor ist erforderlich)</translation>
    </message>
    <message>
        <source>%1 could not be read as a private key (OpenSSH or PEM; Ed25519, ECDSA or RSA)</source>
        <translation>%1 konnte nicht als privater Schlüssel gelesen werden (OpenSSH oder PEM; Ed25519, ECDSA oder RSA)</translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens this key.</source>
        <translation>Die gespeicherte Passphrase entsperrt diesen Schlüssel nicht mehr.</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>no passphrase given for %1</source>
        <translation>keine Passphrase für %1 angegeben</translation>
    </message>
    <message numerus="yes">
        <source>wrong passphrase for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>falsche Passphrase für %1 (%n Versuch)</numerusform>
            <numerusform>falsche Passphrase für %1 (%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for %1 (attempt %2 of %3).</source>
        <translation>Falsche Passphrase für %1 (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>wrong passphrase for %1 (%2 attempts)</source>
        <translation>falsche Passphrase für %1 (%2 Versuche)</translation>
    </message>
    <message>
        <source>%1 is missing or is not a private key</source>
        <translation>%1 fehlt oder ist kein privater Schlüssel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>your SSH certificate %1 expired at %2 (%3 ago); %4</source>
        <translation>Ihr SSH-Zertifikat %1 ist am %2 abgelaufen (das ist %3 her); %4</translation>
    </message>
    <message>
        <source>your SSH certificate %1 is valid only from %2 (check this computer&apos;s clock)</source>
        <translation>Ihr SSH-Zertifikat %1 ist erst ab %2 gültig (prüfen Sie die Uhr dieses Computers)</translation>
    </message>
    <message>
        <source>%1 could not be read by libssh</source>
        <translation>%1 konnte von libssh nicht gelesen werden</translation>
    </message>
    <message>
        <source>certificate %1, valid until %2</source>
        <translation>Zertifikat %1, gültig bis %2</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>publickey %1</source>
        <translation>Public Key %1</translation>
    </message>
    <message>
        <source>%1 (not accepted by the server)</source>
        <translation>%1 (vom Server nicht akzeptiert)</translation>
    </message>
    <message>
        <source>%1 does not belong to the key %2</source>
        <translation>%1 gehört nicht zum Schlüssel %2</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (abgelehnt)</translation>
    </message>
    <message>
        <source>publickey from ssh-agent</source>
        <translation>Public Key aus ssh-agent</translation>
    </message>
    <message>
        <source>ssh-agent at %1 did not answer</source>
        <translation>ssh-agent unter %1 hat nicht geantwortet</translation>
    </message>
    <message>
        <source>%1 (no key accepted)</source>
        <translation>%1 (kein Schlüssel akzeptiert)</translation>
    </message>
    <message>
        <source>the server&apos;s question &quot;%1&quot; was not answered</source>
        <translation>die Frage des Servers &quot;%1&quot; wurde nicht beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>the server refused the answers given (%n attempt(s))</source>
        <translation>
            <numerusform>der Server hat die gegebenen Antworten abgelehnt (%n Versuch)</numerusform>
            <numerusform>der Server hat die gegebenen Antworten abgelehnt (%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <source>The server refused the answers (attempt %1 of %2). Check the code or password.</source>
        <translation>Der Server hat die Antworten abgelehnt (Versuch %1 von %2). Prüfen Sie den Code oder das Passwort.</translation>
    </message>
    <message>
        <source>keyboard-interactive (answers refused)</source>
        <translation>keyboard-interactive (Antworten abgelehnt)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>kein Passwort für %1 angegeben</translation>
    </message>
    <message numerus="yes">
        <source>wrong password for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>falsches Passwort für %1 (%n Versuch)</numerusform>
            <numerusform>falsches Passwort für %1 (%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The remembered password was refused; type it again.</source>
        <translation>Das gespeicherte Passwort wurde abgelehnt; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Wrong password for %1 (attempt %2 of %3).</source>
        <translation>Falsches Passwort für %1 (Versuch %2 von %3).</translation>
    </message>
    <message numerus="yes">
        <source>password (wrong password, %n attempt(s))</source>
        <translation>
            <numerusform>Passwort (falsches Passwort, %n Versuch)</numerusform>
            <numerusform>Passwort (falsches Passwort, %n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>falsches Passwort für %1</translation>
    </message>
    <message>
        <source>none (the server asked for nothing)</source>
        <translation>keine (der Server hat nichts verlangt)</translation>
    </message>
    <message>
        <source>login to %1 failed: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>login to %1 cancelled</source>
        <translation>Anmeldung bei %1 abgebrochen</translation>
    </message>
    <message>
        <source>login to %1 cancelled: %2</source>
        <translation>Anmeldung bei %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>Permission denied for %1 (the server accepts: %2).</source>
        <translation>Zugriff verweigert für %1 (der Server akzeptiert: %2).</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nichts weiter</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation>Versucht: %1</translation>
    </message>
    <message>
        <source>No key, agent or password was available to try; set identity_file in the profile or load your key into ssh-agent.</source>
        <translation>Es war kein Schlüssel, Agent oder Passwort zum Ausprobieren verfügbar; setzen Sie identity_file im Profil oder laden Sie Ihren Schlüssel in ssh-agent.</translation>
    </message>
    <message>
        <source>Your SSH certificate %1 expires in %2 (at %3); the next login after that will fail. %4</source>
        <translation>Ihr SSH-Zertifikat %1 ist nur noch %2 gültig (bis %3); die nächste Anmeldung danach wird fehlschlagen. %4</translation>
    </message>
    <message>
        <source>the agent answered message %1, not an identity list</source>
        <translation>der Agent hat mit Nachricht %1 geantwortet, nicht mit einer Identitätenliste</translation>
    </message>
    <message>
        <source>the agent&apos;s identity list is cut short</source>
        <translation>die Identitätenliste des Agenten ist abgeschnitten</translation>
    </message>
    <message>
        <source>the agent sent a key without a type</source>
        <translation>der Agent hat einen Schlüssel ohne Typ gesendet</translation>
    </message>
    <message>
        <source>the agent&apos;s answer is too large</source>
        <translation>die Antwort des Agenten ist zu groß</translation>
    </message>
    <message>
        <source>the agent did not answer in time</source>
        <translation>der Agent hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>your SSH certificate in ssh-agent (%1) expired at %2 (%3 ago); %4</source>
        <translation>Ihr SSH-Zertifikat in ssh-agent (%1) ist am %2 abgelaufen (das ist %3 her); %4</translation>
    </message>
</context>
<context>
    <name>fab::remote::ConnectionSettings</name>
    <message>
        <source>Disconnected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>renew it with: step ssh login &apos;YOUR-EMAIL&apos; --provisioner cineca-hpc (the e-mail registered in CINECA&apos;s UserDB; certificates last 12 h)</source>
        <translation>erneuern Sie es mit: step ssh login &apos;IHRE-E-MAIL&apos; --provisioner cineca-hpc (die in der UserDB von CINECA registrierte E-Mail-Adresse; Zertifikate gelten 12 h)</translation>
    </message>
    <message>
        <source>ask your centre&apos;s certificate service for a new one (for smallstep: step ssh login …)</source>
        <translation>fordern Sie beim Zertifikatsdienst Ihres Zentrums ein neues an (bei smallstep: step ssh login …)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; runs on this computer; it has no SSH connection</source>
        <translation>Profil &quot;%1&quot; läuft auf diesem Computer; es hat keine SSH-Verbindung</translation>
    </message>
    <message>
        <source>proxy_jump: %1</source>
        <translation>proxy_jump: %1</translation>
    </message>
</context>
<context>
    <name>fab::remote::HopTunnel</name>
    <message>
        <source>cannot create a channel</source>
        <translation>es kann kein Kanal angelegt werden</translation>
    </message>
    <message>
        <source>the jump host could not open a connection to %1:%2 (%3); check AllowTcpForwarding on the jump host and the address of the next hop</source>
        <translation>der Jump-Host konnte keine Verbindung zu %1:%2 öffnen (%3); prüfen Sie AllowTcpForwarding auf dem Jump-Host und die Adresse des nächsten Hops</translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation>Jump-Host %1: %2</translation>
    </message>
    <message>
        <source>the connection behind jump host %1 was closed</source>
        <translation>die Verbindung hinter Jump-Host %1 wurde geschlossen</translation>
    </message>
    <message>
        <source>the link to jump host %1 dropped</source>
        <translation>die Verbindung zu Jump-Host %1 ist abgebrochen</translation>
    </message>
    <message>
        <source>jump host %1 stopped answering</source>
        <translation>Jump-Host %1 antwortet nicht mehr</translation>
    </message>
</context>
<context>
    <name>fab::remote::HostKeyCheck</name>
    <message>
        <source>cannot encode the host key</source>
        <translation>der Host-Key kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the server at %1 sent no host key</source>
        <translation>der Server unter %1 hat keinen Host-Key gesendet</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED.
  known_hosts (%2) has: %3
  the server now offers: %4
Someone may be intercepting the connection, or the centre replaced its key. Compare with the fingerprint the centre publishes; if the change is expected, remove the old entry with: ssh-keygen -R &apos;%5&apos; -f &apos;%2&apos; and connect again.</source>
        <translation>Der Host-Key von %1 hat sich GEÄNDERT.
  known_hosts (%2) enthält: %3
  der Server bietet jetzt an: %4
Jemand könnte die Verbindung abfangen, oder das Zentrum hat seinen Schlüssel ersetzt. Vergleichen Sie mit dem Fingerabdruck, den das Zentrum veröffentlicht; ist die Änderung erwartet, entfernen Sie den alten Eintrag mit: ssh-keygen -R &apos;%5&apos; -f &apos;%2&apos; und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>
%1 resolves to %2 addresses; if they are login nodes with different keys, pin one node as the profile&apos;s host.</source>
        <translation>
%1 wird zu %2 Adressen aufgelöst; sind das Login-Knoten mit unterschiedlichen Schlüsseln, legen Sie einen Knoten als Host des Profils fest.</translation>
    </message>
    <message>
        <source>The server %1 offered a %2 host key, but known_hosts (%3) records only other key types for it: %4.
That is unusual: check the centre&apos;s published fingerprints; if the new key is right, remove the old entries with ssh-keygen -R &apos;%5&apos; -f &apos;%3&apos;.</source>
        <translation>Der Server %1 hat einen %2-Host-Key angeboten, aber known_hosts (%3) verzeichnet für ihn nur andere Schlüsseltypen: %4.
Das ist ungewöhnlich: Prüfen Sie die vom Zentrum veröffentlichten Fingerabdrücke; ist der neue Schlüssel richtig, entfernen Sie die alten Einträge mit ssh-keygen -R &apos;%5&apos; -f &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not one of the fingerprints published for this cluster:
%3
The connection may be intercepted, or the list in the profile is out of date: check the centre&apos;s documentation before going on.</source>
        <translation>Der Host-Key von %1 (%2) entspricht keinem der für diesen Cluster veröffentlichten Fingerabdrücke:
%3
Die Verbindung wird womöglich abgefangen, oder die Liste im Profil ist veraltet: Prüfen Sie die Dokumentation des Zentrums, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>the host key of %1 was refused</source>
        <translation>der Host-Key von %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1 is a round-robin name: it leads to %2 login nodes (%3), each with its own host key. Fabbrica records each node&apos;s key under its address, so moving between nodes is not mistaken for a changed key. This node (%4) has not been seen before.</source>
        <translation>%1 ist ein Round-Robin-Name: Er führt zu %2 Login-Knoten (%3), jeder mit eigenem Host-Key. Fabbrica speichert den Schlüssel jedes Knotens unter dessen Adresse, damit ein Wechsel zwischen Knoten nicht für einen geänderten Schlüssel gehalten wird. Dieser Knoten (%4) ist bisher noch nicht vorgekommen.</translation>
    </message>
    <message>
        <source> known_hosts has a different key for the name itself, most likely another node&apos;s.</source>
        <translation> known_hosts enthält für den Namen selbst einen anderen Schlüssel, höchstwahrscheinlich den eines anderen Knotens.</translation>
    </message>
    <message>
        <source>This is the first connection to %1: its key is not in %2.</source>
        <translation>Dies ist die erste Verbindung zu %1: Sein Schlüssel ist nicht in %2 enthalten.</translation>
    </message>
    <message>
        <source>cancelled while waiting for an answer about the host key of %1</source>
        <translation>abgebrochen beim Warten auf eine Antwort zum Host-Key von %1</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) was not accepted</source>
        <translation>der Host-Key von %1 (%2) wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>the host key was accepted but could not be saved: %1</source>
        <translation>der Host-Key wurde akzeptiert, konnte aber nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>fab::remote::Ops</name>
    <message>
        <source>the server keeps refusing new channels: %1</source>
        <translation>der Server lehnt weiterhin neue Kanäle ab: %1</translation>
    </message>
    <message>
        <source>the server refused to run the command: %1</source>
        <translation>der Server hat die Ausführung des Befehls abgelehnt: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s on %2 and was stopped</source>
        <translation>der Befehl wurde auf %2 nicht innerhalb von %1 s fertig und wurde abgebrochen</translation>
    </message>
    <message>
        <source>the connection dropped while the command was running (%1); it may or may not have completed on the server</source>
        <translation>die Verbindung brach ab, während der Befehl lief (%1); er wurde auf dem Server möglicherweise ausgeführt, möglicherweise nicht</translation>
    </message>
    <message>
        <source>reading the command&apos;s output failed: %1</source>
        <translation>das Lesen der Befehlsausgabe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed by a signal?)</source>
        <translation>der Befehl endete ohne Exit-Status (durch ein Signal beendet?)</translation>
    </message>
    <message>
        <source>following %1 ended: tail exited on the server</source>
        <translation>das Mitlesen von %1 endete: tail wurde auf dem Server beendet</translation>
    </message>
    <message>
        <source>following %1 ended: %2</source>
        <translation>das Mitlesen von %1 endete: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SecretStore</name>
    <message>
        <source>no application object</source>
        <translation>kein Anwendungsobjekt</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>the keychain is turned off for this connection, secret not remembered</source>
        <translation>der Schlüsselbund ist für diese Verbindung ausgeschaltet, Geheimnis nicht gespeichert</translation>
    </message>
    <message>
        <source>no keychain available, secret not remembered</source>
        <translation>kein Schlüsselbund verfügbar, Geheimnis nicht gespeichert</translation>
    </message>
    <message>
        <source>the keychain did not answer, secret not remembered</source>
        <translation>der Schlüsselbund hat nicht geantwortet, Geheimnis nicht gespeichert</translation>
    </message>
    <message>
        <source>the keychain refused the secret (%1), secret not remembered</source>
        <translation>der Schlüsselbund hat das Geheimnis abgelehnt (%1), Geheimnis nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>fab::remote::SessionSetup</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot reach %1 port %2 (%3)</source>
        <translation>%1 Port %2 ist nicht erreichbar (%3)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>SSH handshake with %1 (%2) failed: %3</source>
        <translation>SSH-Handshake mit %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the connection to %1 dropped during login: %2</source>
        <translation>die Verbindung zu %1 brach während der Anmeldung ab: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SshConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>invalid remote path %1</source>
        <translation>ungültiger entfernter Pfad %1</translation>
    </message>
    <message>
        <source>cannot expand the remote path %1: %2</source>
        <translation>der entfernte Pfad %1 kann nicht expandiert werden: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SshWorker</name>
    <message>
        <source>Your SSH certificate %1 expires in %2; after that, a dropped link cannot be re-established. %3</source>
        <translation>Ihr SSH-Zertifikat %1 ist nur noch %2 gültig; danach kann eine abgebrochene Verbindung nicht wiederhergestellt werden. %3</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>not connected to %1; open the connection first</source>
        <translation>nicht mit %1 verbunden; öffnen Sie zuerst die Verbindung</translation>
    </message>
    <message>
        <source>not connected to %1: %2</source>
        <translation>nicht mit %1 verbunden: %2</translation>
    </message>
    <message>
        <source>jump host %1 of %2 (%3)</source>
        <translation>Jump-Host %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>cannot create a socket pair</source>
        <translation>es kann kein Socket-Paar angelegt werden</translation>
    </message>
    <message>
        <source>reconnecting to %1 (attempt %2)</source>
        <translation>erneute Verbindung mit %1 (Versuch %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindung mit %1 wird aufgebaut</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation>%1 — neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>connection lost (%1); reconnecting</source>
        <translation>Verbindung verloren (%1); verbinde erneut</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the SFTP subsystem did not start (%1)</source>
        <translation>das SFTP-Subsystem ist nicht gestartet (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>still not connected to %1 after %2 s: %3</source>
        <translation>nach %2 s immer noch nicht mit %1 verbunden: %3</translation>
    </message>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation>seit %1 s keine Antwort vom Server</translation>
    </message>
</context>
<context>
    <name>fab::remote::TerminalPrompter</name>
    <message>
        <source>The host key of %1 (%2, port %3)%4 is not known yet:
  %5 %6
</source>
        <translation>Der Host-Key von %1 (%2, Port %3)%4 ist noch nicht bekannt:
  %5 %6
</translation>
    </message>
    <message>
        <source>It matches a fingerprint published for this cluster.
</source>
        <translation>Er stimmt mit einem für diesen Cluster veröffentlichten Fingerabdruck überein.
</translation>
    </message>
    <message>
        <source>Trusted because of --accept-new-host-key; saved in %1 as %2.
</source>
        <translation>Vertraut wegen --accept-new-host-key; in %1 als %2 gespeichert.
</translation>
    </message>
    <message>
        <source>Not trusted. Compare it with the fingerprint your centre publishes, then run again with --accept-new-host-key to save it in %1.
</source>
        <translation>Nicht vertraut. Vergleichen Sie ihn mit dem Fingerabdruck, den Ihr Zentrum veröffentlicht, und führen Sie den Befehl dann erneut mit --accept-new-host-key aus, um ihn in %1 zu speichern.
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
</context>
<context>
    <name>fab::remote::Transfer</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>the server could not do it (disk full or quota exceeded?)</source>
        <translation>der Server konnte es nicht ausführen (Datenträger voll oder Quota überschritten?)</translation>
    </message>
    <message>
        <source>SFTP is not available on %1: %2</source>
        <translation>SFTP ist auf %1 nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot list %1</source>
        <translation>%1 kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot continue %1 at byte %2</source>
        <translation>%1 kann nicht bei Byte %2 fortgesetzt werden</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>Schreiben von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>Lesen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot set the permissions of %1</source>
        <translation>die Berechtigungen von %1 können nicht gesetzt werden</translation>
    </message>
</context>
<context>
    <name>fab::shellQuote</name>
    <message>
        <source>the value contains a NUL character (byte %1), which a shell cannot pass on; remove it</source>
        <translation>der Wert enthält ein NUL-Zeichen (Byte %1), das eine Shell nicht weitergeben kann; entfernen Sie es</translation>
    </message>
</context>
<context>
    <name>fab::train</name>
    <message>
        <source> (see fabbrica-train --help)</source>
        <translation> (siehe fabbrica-train --help)</translation>
    </message>
    <message>
        <source>fabbrica-train: unexpected argument &quot;%1&quot; (options start with --)</source>
        <translation>fabbrica-train: unerwartetes Argument &quot;%1&quot; (Optionen beginnen mit --)</translation>
    </message>
    <message>
        <source>fabbrica-train: cannot read %1: %2</source>
        <translation>fabbrica-train: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>fabbrica-train: %1 is not a JSON object</source>
        <translation>fabbrica-train: %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 expects a number, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Zahl, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--- sample at step %1 ---</source>
        <translation>--- Beispieltext bei Schritt %1 ---</translation>
    </message>
    <message>
        <source>
fabbrica-train: interrupted at step %1; continue with --resume --out %2</source>
        <translation>
fabbrica-train: bei Schritt %1 unterbrochen; fortsetzen mit --resume --out %2</translation>
    </message>
    <message>
        <source>fabbrica-train: done; model, metrics and checkpoints in %1</source>
        <translation>fabbrica-train: fertig; Modell, Metriken und Checkpoints in %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::AllocationsModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the scheduler</source>
        <translation>der Scheduler</translation>
    </message>
    <message>
        <source>%1 did not report how much this account was granted (no limit is set, or the tool does not print one).</source>
        <translation>Wie viel diesem Konto bewilligt wurde, hat %1 nicht gemeldet (es ist kein Limit gesetzt, oder das Tool gibt keines aus).</translation>
    </message>
    <message>
        <source>%1 did not report how much this account has used.</source>
        <translation>Wie viel dieses Konto verbraucht hat, hat %1 nicht gemeldet.</translation>
    </message>
    <message>
        <source>What is left is granted − used, and %1 did not report both.</source>
        <translation>Verbleibend ist bewilligt − verbraucht, und %1 hat nicht beides gemeldet.</translation>
    </message>
    <message>
        <source>The share used needs both the granted and the used amount, and %1 did not report both.</source>
        <translation>Der verbrauchte Anteil braucht die bewilligte und die verbrauchte Menge, und %1 hat nicht beides gemeldet.</translation>
    </message>
    <message>
        <source>%1 does not print the allocation period.</source>
        <translation>Den Bewilligungszeitraum gibt %1 nicht aus.</translation>
    </message>
    <message>
        <source>Used as a share of what was granted</source>
        <translation>Verbrauch als Anteil des Bewilligten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 did not report this user&apos;s usage.</source>
        <translation>Den Verbrauch dieses Benutzers hat %1 nicht gemeldet.</translation>
    </message>
    <message>
        <source>This user&apos;s share of the account&apos;s use, as %1 printed it</source>
        <translation>Anteil dieses Benutzers am Verbrauch des Kontos, wie von %1 ausgegeben</translation>
    </message>
    <message>
        <source>%1 % of use</source>
        <translation>%1 % des Verbrauchs</translation>
    </message>
    <message>
        <source>Project or account; expand it to see who used what</source>
        <translation>Projekt oder Konto; aufklappen, um zu sehen, wer was verbraucht hat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>Verbraucht %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>fab::widgets::AllocationsView</name>
    <message>
        <source>No budget to show</source>
        <translation>Kein Budget anzuzeigen</translation>
    </message>
    <message>
        <source>Pick a cluster on the left to see its projects&apos; GPU- and CPU-hours: granted, used and left, and when the budget runs out at the current pace.</source>
        <translation>Wählen Sie links einen Cluster, um die GPU- und CPU-Stunden seiner Projekte zu sehen: bewilligt, verbraucht und verbleibend, und wann das Budget beim aktuellen Tempo aufgebraucht ist.</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the cluster for its budgets and partitions now (sshare, sinfo and the site&apos;s budget tool)</source>
        <translation>Den Cluster jetzt nach seinen Budgets und Partitionen fragen (sshare, sinfo und das Budget-Tool des Zentrums)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>The scheduler gave no answer about allocations.</source>
        <translation>Der Scheduler hat keine Antwort zu den Kontingenten gegeben.</translation>
    </message>
    <message>
        <source>The scheduler gave no answer about partitions.</source>
        <translation>Der Scheduler hat keine Antwort zu den Partitionen gegeben.</translation>
    </message>
    <message>
        <source>The scheduler reported no allocations for this profile.</source>
        <translation>Der Scheduler hat für dieses Profil keine Kontingente gemeldet.</translation>
    </message>
    <message>
        <source>the history could not be read</source>
        <translation>der Verlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>This reading could not be kept in the history (%1), so the chart may miss it.</source>
        <translation>Diese Messung konnte nicht im Verlauf gespeichert werden (%1), daher fehlt sie womöglich im Diagramm.</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>Budgets and partitions of %1 refreshed</source>
        <translation>Budgets und Partitionen von %1 aktualisiert</translation>
    </message>
    <message>
        <source>Budgets and partitions of %1 refreshed, with problems: see the note above the table</source>
        <translation>Budgets und Partitionen von %1 aktualisiert, mit Problemen: siehe den Hinweis über der Tabelle</translation>
    </message>
    <message>
        <source>Select an account to see its use over time</source>
        <translation>Wählen Sie ein Konto, um seinen Verbrauch im Zeitverlauf zu sehen</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ConnectionIndicator</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Host key %1 %2</source>
        <translation>Host-Key %1 %2</translation>
    </message>
    <message>
        <source>Logged in by %1</source>
        <translation>Angemeldet per %1</translation>
    </message>
    <message>
        <source>Certificate valid for %1 more</source>
        <translation>Zertifikat noch %1 gültig</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentDocument</name>
    <message>
        <source>Edit JSON text</source>
        <translation>JSON-Text bearbeiten</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentEditor</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The experiment could not be saved:
%1</source>
        <translation>Das Experiment konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 opened (written in an older format; it is upgraded when saved)</source>
        <translation>%1 geöffnet (in einem älteren Format geschrieben; es wird beim Speichern aktualisiert)</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: %n Problem gefunden</numerusform>
            <numerusform>%1: %n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>Start a new experiment from a working example</source>
        <translation>Ein neues Experiment aus einem funktionierenden Beispiel beginnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Experiment JSON</source>
        <translation>Experiment-JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>Klicken Sie auf ein Problem, um zu seinem Feld zu springen</translation>
    </message>
    <message>
        <source>Open an experiment or start one from a template.</source>
        <translation>Öffnen Sie ein Experiment oder beginnen Sie eines aus einer Vorlage.</translation>
    </message>
    <message>
        <source>Job on %1</source>
        <translation>Job auf %1</translation>
    </message>
    <message>
        <source>Job (no cluster chosen)</source>
        <translation>Job (kein Cluster gewählt)</translation>
    </message>
    <message>
        <source>Job on %1 (no such profile: no defaults)</source>
        <translation>Job auf %1 (Profil existiert nicht: keine Standardwerte)</translation>
    </message>
    <message>
        <source>The JSON text has an error; the batch script appears once it is fixed.</source>
        <translation>Der JSON-Text enthält einen Fehler; das Batch-Skript erscheint, sobald er behoben ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first: see the list under the form. The batch script appears once the experiment is valid.</source>
        <translation>
            <numerusform>%n Problem muss zuerst behoben werden: siehe die Liste unter dem Formular. Das Batch-Skript erscheint, sobald das Experiment gültig ist.</numerusform>
            <numerusform>%n Probleme müssen zuerst behoben werden: siehe die Liste unter dem Formular. Das Batch-Skript erscheint, sobald das Experiment gültig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Problems (%1) — click one to go to it</source>
        <translation>Probleme (%1) — klicken Sie auf eines, um dorthin zu springen</translation>
    </message>
    <message>
        <source>No experiment</source>
        <translation>Kein Experiment</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Experiment öffnen</translation>
    </message>
    <message>
        <source>Experiments (*.json);;All files (*)</source>
        <translation>Experimente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>Mit Problemen speichern?</translation>
    </message>
    <message>
        <source>The JSON text is not valid (%1). It is saved exactly as written, and opens with the same error until it is fixed.</source>
        <translation>Der JSON-Text ist ungültig (%1). Er wird genau so gespeichert, wie er geschrieben ist, und öffnet sich mit demselben Fehler, bis dieser behoben ist.</translation>
    </message>
    <message numerus="yes">
        <source>This experiment has %n problem(s). It can be saved, but not submitted until they are fixed.</source>
        <translation>
            <numerusform>Dieses Experiment hat %n Problem. Es kann gespeichert, aber erst eingereicht werden, wenn es behoben ist.</numerusform>
            <numerusform>Dieses Experiment hat %n Probleme. Es kann gespeichert, aber erst eingereicht werden, wenn sie behoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Save experiment as</source>
        <translation>Experiment speichern unter</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Experimente (*.json)</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>These files exist already in %1:

%2

Replace them with the template&apos;s?</source>
        <translation>Diese Dateien existieren bereits in %1:

%2

Durch die Dateien der Vorlage ersetzen?</translation>
    </message>
    <message>
        <source>Template not copied</source>
        <translation>Vorlage nicht kopiert</translation>
    </message>
    <message>
        <source>Created %1 from the template “%2”.</source>
        <translation>%1 aus der Vorlage „%2“ erstellt.</translation>
    </message>
    <message>
        <source>Put your data into %1.</source>
        <translation>Legen Sie Ihre Daten in %1 ab.</translation>
    </message>
    <message>
        <source>Add these files yourself: %1.</source>
        <translation>Fügen Sie diese Dateien selbst hinzu: %1.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentForm</name>
    <message>
        <source>Experiment form</source>
        <translation>Experimentformular</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). The form shows the last valid version and is read-only until the text is fixed.</source>
        <translation>Der JSON-Text enthält einen Fehler (%1). Das Formular zeigt die letzte gültige Version und ist schreibgeschützt, bis der Text behoben ist.</translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). Fix it in the JSON pane to edit the form.</source>
        <translation>Der JSON-Text enthält einen Fehler (%1). Beheben Sie ihn im JSON-Bereich, um das Formular zu bearbeiten.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>e.g. gpt2-lora-lr-sweep</source>
        <translation>z. B. gpt2-lora-lr-sweep</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>The job&apos;s name in the queue and the name of its run folder: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;.</source>
        <translation>Der Name des Jobs in der Warteschlange und der Name seines Laufordners: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Ausführen auf:</translation>
    </message>
    <message>
        <source>Where the experiment runs: This computer (a local process), or a cluster profile. Picking a cluster fills an empty account and partition with the profile&apos;s defaults.</source>
        <translation>Wo das Experiment läuft: Dieser Computer (ein lokaler Prozess) oder ein Clusterprofil. Bei Wahl eines Clusters werden ein leeres Konto und eine leere Partition mit den Standardwerten des Profils gefüllt.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(nicht gewählt)</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (vordefiniert)</translation>
    </message>
    <message>
        <source>%1 (no such profile)</source>
        <translation>%1 (Profil existiert nicht)</translation>
    </message>
    <message>
        <source>Choose where to run</source>
        <translation>Ausführungsort wählen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>Standard des Profils</translation>
    </message>
    <message>
        <source>The project whose budget pays for the job (--account), e.g. AIFAC_L13_018. Empty: the cluster profile&apos;s default.</source>
        <translation>Das Projekt, dessen Budget den Job bezahlt (--account), z. B. AIFAC_L13_018. Leer: der Standard des Clusterprofils.</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partition:</translation>
    </message>
    <message>
        <source>The group of nodes the job runs on (--partition), e.g. a GPU partition such as boost_usr_prod. Empty: the profile&apos;s default.</source>
        <translation>Die Gruppe von Knoten, auf denen der Job läuft (--partition), z. B. eine GPU-Partition wie boost_usr_prod. Leer: der Standard des Profils.</translation>
    </message>
    <message>
        <source>QoS:</source>
        <translation>QoS:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Quality of service (--qos): a class of jobs with its own limits and priority, e.g. a short debug queue. Usually empty.</source>
        <translation>Quality of Service (--qos): eine Job-Klasse mit eigenen Limits und eigener Priorität, z. B. eine kurze Debug-Warteschlange. Meist leer.</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>How many machines (nodes) the job uses at once (--nodes). 1 unless the training script spreads over several nodes (torchrun, srun).</source>
        <translation>Wie viele Rechner (Knoten) der Job gleichzeitig nutzt (--nodes). 1, es sei denn, das Trainingsskript verteilt sich über mehrere Knoten (torchrun, srun).</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>GPUs per node:</source>
        <translation>GPUs pro Knoten:</translation>
    </message>
    <message>
        <source>How many GPUs the job gets on each node (--gpus-per-node). 0 for a job without GPUs.</source>
        <translation>Wie viele GPUs der Job auf jedem Knoten erhält (--gpus-per-node). 0 für einen Job ohne GPUs.</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs pro Knoten</translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation>CPUs pro Task:</translation>
    </message>
    <message>
        <source>CPU cores for each task (--cpus-per-task): data loading and preprocessing run on these.</source>
        <translation>CPU-Kerne für jeden Task (--cpus-per-task): Darauf laufen Datenladen und Vorverarbeitung.</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPUs pro Task</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>e.g. 120G</source>
        <translation>z. B. 120G</translation>
    </message>
    <message>
        <source>Memory per node (--mem), e.g. 120G or 512M; a number alone means megabytes. Empty: the partition&apos;s default share.</source>
        <translation>Speicher pro Knoten (--mem), z. B. 120G oder 512M; eine Zahl allein bedeutet Megabyte. Leer: der Standardanteil der Partition.</translation>
    </message>
    <message>
        <source>Wall time:</source>
        <translation>Walltime:</translation>
    </message>
    <message>
        <source>e.g. 02:00:00</source>
        <translation>z. B. 02:00:00</translation>
    </message>
    <message>
        <source>The longest the job may run (--time): 02:00:00 is two hours, 1-12:00:00 a day and a half. Slurm stops the job when it runs out, and the budget is held for the whole time.</source>
        <translation>Die längste Zeit, die der Job laufen darf (--time): 02:00:00 sind zwei Stunden, 1-12:00:00 anderthalb Tage. Slurm beendet den Job, wenn sie abgelaufen ist, und das Budget wird für die gesamte Zeit vorgehalten.</translation>
    </message>
    <message>
        <source>Reservation:</source>
        <translation>Reservierung:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Nodes the site has set aside for you (--reservation), e.g. for a course or a deadline. Usually empty.</source>
        <translation>Knoten, die das Zentrum für Sie reserviert hat (--reservation), z. B. für einen Kurs oder eine Deadline. Meist leer.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>e.g. profile/deeplrn cineca-ai</source>
        <translation>z. B. profile/deeplrn cineca-ai</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source>Environment modules loaded before the command (module load …), separated by spaces.</source>
        <translation>Umgebungsmodule, die vor dem Befehl geladen werden (module load …), durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Edit modules</source>
        <translation>Module bearbeiten</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <source>An Apptainer/Singularity image (.sif) the command runs inside, e.g. $HOME/containers/pytorch.sif. Empty: no container.</source>
        <translation>Ein Apptainer/Singularity-Image (.sif), in dem der Befehl läuft, z. B. $HOME/containers/pytorch.sif. Leer: kein Container.</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected variable</source>
        <translation>Ausgewählte Variable entfernen</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variablen:</translation>
    </message>
    <message>
        <source>Environment variables set before the command; $VARS in values are expanded by the shell.</source>
        <translation>Umgebungsvariablen, die vor dem Befehl gesetzt werden; $VARS in Werten expandiert die Shell.</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Hochzuladende Dateien</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Add a file or folder</source>
        <translation>Datei oder Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected file</source>
        <translation>Ausgewählte Datei entfernen</translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation>Hochladen:</translation>
    </message>
    <message>
        <source>Files and folders (ending in /) next to the experiment file, copied into the run folder before the job starts. Paths are relative to the experiment&apos;s folder.</source>
        <translation>Dateien und Ordner (mit / am Ende) neben der Experimentdatei, die vor dem Start des Jobs in den Laufordner kopiert werden. Pfade sind relativ zum Ordner des Experiments.</translation>
    </message>
    <message>
        <source>files to upload</source>
        <translation>hochzuladende Dateien</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>e.g. python train.py --lr {lr}</source>
        <translation>z. B. python train.py --lr {lr}</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Ausführen:</translation>
    </message>
    <message>
        <source>The shell command of each task. {name} is replaced by the parameter or sweep value of that name; write {{ and }} for literal braces. ${VAR} is the shell&apos;s.</source>
        <translation>Der Shell-Befehl jedes Tasks. {name} wird durch den Parameter- oder Sweep-Wert dieses Namens ersetzt; schreiben Sie {{ und }} für wörtliche geschweifte Klammern. ${VAR} wertet die Shell aus.</translation>
    </message>
    <message>
        <source>Edit command</source>
        <translation>Befehl bearbeiten</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected parameter</source>
        <translation>Ausgewählten Parameter entfernen</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Values for the command&apos;s {placeholders}: numbers, true/false, or text (&quot;32&quot; in quotes stays text). A sweep axis of the same name replaces the value task by task.</source>
        <translation>Werte für die {Platzhalter} des Befehls: Zahlen, true/false oder Text (&quot;32&quot; in Anführungszeichen bleibt Text). Eine Sweep-Achse gleichen Namens ersetzt den Wert Task für Task.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>Off: one job</source>
        <translation>Aus: ein Job</translation>
    </message>
    <message>
        <source>Grid: every combination</source>
        <translation>Raster: jede Kombination</translation>
    </message>
    <message>
        <source>Random: sample combinations</source>
        <translation>Zufall: Kombinationen ziehen</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>A sweep runs the command once per combination of the axes&apos; values, as one Slurm job array.</source>
        <translation>Ein Sweep führt den Befehl einmal pro Kombination der Achsenwerte aus, als ein Slurm-Job-Array.</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Add axis</source>
        <translation>Achse hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected axis</source>
        <translation>Ausgewählte Achse entfernen</translation>
    </message>
    <message>
        <source>Axes:</source>
        <translation>Achsen:</translation>
    </message>
    <message>
        <source>Each axis is a parameter name and the values it takes, separated by commas.</source>
        <translation>Jede Achse besteht aus einem Parameternamen und den Werten, die er annimmt, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>sweep axes</source>
        <translation>Sweep-Achsen</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Stichproben:</translation>
    </message>
    <message>
        <source>Random mode: how many distinct combinations to draw.</source>
        <translation>Zufallsmodus: wie viele verschiedene Kombinationen gezogen werden.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Random mode: the same seed draws the same combinations on every computer.</source>
        <translation>Zufallsmodus: Derselbe Seed zieht auf jedem Computer dieselben Kombinationen.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>At most at once:</source>
        <translation>Höchstens gleichzeitig:</translation>
    </message>
    <message>
        <source>How many tasks of the array may run at the same time (Slurm&apos;s %K on --array), to leave room for others or spare the budget. 0: no limit.</source>
        <translation>Wie viele Tasks des Arrays gleichzeitig laufen dürfen (Slurms %K bei --array), um Platz für andere zu lassen oder das Budget zu schonen. 0: kein Limit.</translation>
    </message>
    <message>
        <source>tasks at once</source>
        <translation>gleichzeitige Tasks</translation>
    </message>
    <message>
        <source>Turn the sweep off</source>
        <translation>Sweep ausschalten</translation>
    </message>
    <message>
        <source>Change sweep mode</source>
        <translation>Sweep-Modus ändern</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>The file the training script writes its metrics to, relative to the run folder. Fabbrica follows it while the job runs and draws the charts.</source>
        <translation>Die Datei, in die das Trainingsskript seine Metriken schreibt, relativ zum Laufordner. Fabbrica liest sie mit, während der Job läuft, und zeichnet die Diagramme.</translation>
    </message>
    <message>
        <source>metrics file</source>
        <translation>Metrikdatei</translation>
    </message>
    <message>
        <source>Fabbrica JSONL (one JSON object per line)</source>
        <translation>Fabbrica-JSONL (ein JSON-Objekt pro Zeile)</translation>
    </message>
    <message>
        <source>CSV with a header line</source>
        <translation>CSV mit Kopfzeile</translation>
    </message>
    <message>
        <source>Hugging Face Trainer log lines</source>
        <translation>Log-Zeilen des Hugging Face Trainer</translation>
    </message>
    <message>
        <source>MLflow file store</source>
        <translation>MLflow-Dateispeicher</translation>
    </message>
    <message>
        <source>TensorBoard event files</source>
        <translation>TensorBoard-Event-Dateien</translation>
    </message>
    <message>
        <source>Lines matched by a regular expression</source>
        <translation>Zeilen, die ein regulärer Ausdruck erfasst</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>How the metrics file is written.</source>
        <translation>Wie die Metrikdatei geschrieben ist.</translation>
    </message>
    <message>
        <source>Change metrics format</source>
        <translation>Metrikformat ändern</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <source>Format &quot;regex&quot;: a regular expression with a named group (?&lt;step&gt;…) and one per metric.</source>
        <translation>Format &quot;regex&quot;: ein regulärer Ausdruck mit einer benannten Gruppe (?&lt;step&gt;…) und einer pro Metrik.</translation>
    </message>
    <message>
        <source>metrics pattern</source>
        <translation>Metrikmuster</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentScriptPane</name>
    <message>
        <source>One job</source>
        <translation>Ein Job</translation>
    </message>
    <message>
        <source>%1 tasks as one job array</source>
        <translation>%1 Tasks als ein Job-Array</translation>
    </message>
    <message>
        <source>%1 tasks as one job array (split into %2 arrays: MaxArraySize %3)</source>
        <translation>%1 Tasks als ein Job-Array (aufgeteilt in %2 Arrays: MaxArraySize %3)</translation>
    </message>
    <message>
        <source>Batch script</source>
        <translation>Batch-Skript</translation>
    </message>
    <message>
        <source>Parameter table</source>
        <translation>Parametertabelle</translation>
    </message>
    <message>
        <source>Rendering %1 tasks…</source>
        <translation>%1 Tasks werden erzeugt…</translation>
    </message>
    <message>
        <source>No batch script yet</source>
        <translation>Noch kein Batch-Skript</translation>
    </message>
    <message>
        <source>The batch script cannot be written yet</source>
        <translation>Das Batch-Skript kann noch nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cost at most: %1</source>
        <translation>Kosten höchstens: %1</translation>
    </message>
    <message>
        <source>%1
The whole wall time is held from the budget until the job ends.</source>
        <translation>%1
Die gesamte Walltime wird bis zum Ende des Jobs im Budget vorgehalten.</translation>
    </message>
    <message>
        <source># %1 of %2 scripts; the others differ only in their task range.
</source>
        <translation># %1 von %2 Skripten; die anderen unterscheiden sich nur im Task-Bereich.
</translation>
    </message>
    <message>
        <source>No sweep: one job with these parameter values.</source>
        <translation>Kein Sweep: ein Job mit diesen Parameterwerten.</translation>
    </message>
    <message>
        <source>%1. Showing the first %2 tasks; the row number is $SLURM_ARRAY_TASK_ID.</source>
        <translation>%1. Die ersten %2 Tasks werden angezeigt; die Zeilennummer ist $SLURM_ARRAY_TASK_ID.</translation>
    </message>
    <message>
        <source>%1. The row number is $SLURM_ARRAY_TASK_ID.</source>
        <translation>%1. Die Zeilennummer ist $SLURM_ARRAY_TASK_ID.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentsView</name>
    <message>
        <source>No experiment open</source>
        <translation>Kein Experiment geöffnet</translation>
    </message>
    <message>
        <source>Open experiment…</source>
        <translation>Experiment öffnen…</translation>
    </message>
    <message>
        <source>An experiment describes one training job: the resources it needs, the command it runs and the hyperparameters to sweep. Open an experiment file (.json), or start from a template, to edit it and see its batch script.</source>
        <translation>Ein Experiment beschreibt einen Trainingsjob: die Ressourcen, die er braucht, den Befehl, den er ausführt, und die Hyperparameter für den Sweep. Öffnen Sie eine Experimentdatei (.json) oder beginnen Sie mit einer Vorlage, um sie zu bearbeiten und ihr Batch-Skript zu sehen.</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Neu aus Vorlage…</translation>
    </message>
</context>
<context>
    <name>fab::widgets::FirstRunGuide</name>
    <message>
        <source>Welcome to Fabbrica</source>
        <translation>Willkommen bei Fabbrica</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Fabbrica&lt;/h2&gt;&lt;p&gt;Train on your own computer first, then scale the same experiment up on Europe&apos;s supercomputers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Fabbrica&lt;/h2&gt;&lt;p&gt;Trainieren Sie zuerst auf Ihrem eigenen Computer und skalieren Sie dasselbe Experiment dann auf Europas Supercomputern hoch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try it on this computer</source>
        <translation>Auf diesem Computer ausprobieren</translation>
    </message>
    <message>
        <source>Runs a small sample training right here: no account, no network. Its loss curve appears within seconds.</source>
        <translation>Startet direkt hier ein kleines Beispieltraining: ohne Konto, ohne Netzwerk. Seine Loss-Kurve erscheint innerhalb von Sekunden.</translation>
    </message>
    <message>
        <source>Connect to a supercomputer</source>
        <translation>Mit einem Supercomputer verbinden</translation>
    </message>
    <message>
        <source>Pick your centre (LUMI, Leonardo, MareNostrum 5, …), enter your user name and key or import them from ~/.ssh/config, and test the connection.</source>
        <translation>Wählen Sie Ihr Zentrum (LUMI, Leonardo, MareNostrum 5, …), geben Sie Benutzernamen und Schlüssel ein oder importieren Sie sie aus ~/.ssh/config, und testen Sie die Verbindung.</translation>
    </message>
    <message>
        <source>Open a workshop bundle</source>
        <translation>Ein Workshop-Bundle öffnen</translation>
    </message>
    <message>
        <source>Your teacher gave you a .fabbrica file: it brings the cluster, the experiments and the data of the course.</source>
        <translation>Ihre Kursleitung hat Ihnen eine .fabbrica-Datei gegeben: Sie bringt den Cluster, die Experimente und die Daten des Kurses mit.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which supercomputer?&lt;/h3&gt;&lt;p&gt;Fabbrica knows the login hosts, partitions and budget tools of these centres. You add your user name and key next.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcher Supercomputer?&lt;/h3&gt;&lt;p&gt;Fabbrica kennt die Login-Hosts, Partitionen und Budget-Tools dieser Zentren. Ihren Benutzernamen und Schlüssel fügen Sie im nächsten Schritt hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Supercomputer centre</source>
        <translation>Supercomputing-Zentrum</translation>
    </message>
    <message>
        <source>Another cluster (enter its host yourself)</source>
        <translation>Anderer Cluster (Host selbst eingeben)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Help ▸ Getting started opens this guide again.</source>
        <translation>Hilfe ▸ Erste Schritte öffnet diese Anleitung erneut.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::GlossaryDialog</name>
    <message>
        <source>Account (project)</source>
        <translation>Konto (Projekt)</translation>
    </message>
    <message>
        <source>The project your hours are charged to, e.g. EUHPC_D12_345. Your centre gives it with the allocation; every job names one.</source>
        <translation>Das Projekt, dem Ihre Stunden angerechnet werden, z. B. EUHPC_D12_345. Ihr Zentrum teilt es Ihnen mit dem Kontingent mit; jeder Job gibt eines an.</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>The budget a project was granted on a machine, in GPU-hours, core-hours or node-hours, for a period. The Allocations tab shows what is used and what is left.</source>
        <translation>Das Budget, das einem Projekt auf einer Maschine für einen Zeitraum bewilligt wurde, in GPU-Stunden, Kernstunden oder Knotenstunden. Der Tab „Kontingente“ zeigt, was verbraucht ist und was verbleibt.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>A group of the machine&apos;s nodes with its own limits, e.g. a GPU partition and a CPU partition, or a short debug one. You pick it per job.</source>
        <translation>Eine Gruppe von Knoten der Maschine mit eigenen Limits, z. B. eine GPU- und eine CPU-Partition oder eine kurze Debug-Partition. Sie wählen sie pro Job.</translation>
    </message>
    <message>
        <source>QoS (quality of service)</source>
        <translation>QoS (Quality of Service)</translation>
    </message>
    <message>
        <source>A set of limits and priority on top of the partition: how long, how many nodes, how many jobs at once. Most jobs use the default.</source>
        <translation>Ein Satz von Limits und eine Priorität zusätzlich zur Partition: wie lange, wie viele Knoten, wie viele Jobs gleichzeitig. Die meisten Jobs verwenden die Voreinstellung.</translation>
    </message>
    <message>
        <source>GRES</source>
        <translation>GRES</translation>
    </message>
    <message>
        <source>&quot;Generic resources&quot;: what Slurm calls GPUs and other devices a job asks for, e.g. gpu:4 for four GPUs per node.</source>
        <translation>„Generic Resources“ (generische Ressourcen): So nennt Slurm GPUs und andere Geräte, die ein Job anfordert, z. B. gpu:4 für vier GPUs pro Knoten.</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Walltime</translation>
    </message>
    <message>
        <source>The longest a job may run, by the clock on the wall (e.g. 02:00:00). Slurm stops the job when it is reached; a shorter limit often starts sooner.</source>
        <translation>Die längste Zeit, die ein Job laufen darf, gemessen an der Uhr an der Wand (z. B. 02:00:00). Slurm beendet den Job, wenn sie erreicht ist; mit einem kürzeren Limit startet er oft früher.</translation>
    </message>
    <message>
        <source>Job array</source>
        <translation>Job-Array</translation>
    </message>
    <message>
        <source>One submission that runs many similar tasks, e.g. one per learning rate of a sweep. Each task has its own number and log; the queue treats them as one job.</source>
        <translation>Eine Einreichung, die viele ähnliche Tasks ausführt, z. B. einen pro Lernrate eines Sweeps. Jeder Task hat eine eigene Nummer und ein eigenes Log; die Warteschlange behandelt sie als einen Job.</translation>
    </message>
    <message>
        <source>Node hour</source>
        <translation>Knotenstunde</translation>
    </message>
    <message>
        <source>One whole node used for one hour. Centres that charge whole nodes count these; others count GPU-hours (one GPU for one hour) or core-hours.</source>
        <translation>Ein ganzer Knoten, eine Stunde lang genutzt. Zentren, die ganze Knoten abrechnen, zählen diese; andere zählen GPU-Stunden (eine GPU für eine Stunde) oder Kernstunden.</translation>
    </message>
    <message>
        <source>GPU-hour</source>
        <translation>GPU-Stunde</translation>
    </message>
    <message>
        <source>One GPU used for one hour: 4 GPUs for 2 hours are 8 GPU-hours, charged whether or not the GPUs were busy.</source>
        <translation>Eine GPU, eine Stunde lang genutzt: 4 GPUs für 2 Stunden sind 8 GPU-Stunden, abgerechnet unabhängig davon, ob die GPUs ausgelastet waren.</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Nodes the centre sets aside for a group at a given time, e.g. a workshop. Jobs that name it start on those nodes without waiting in the general queue.</source>
        <translation>Knoten, die das Zentrum zu einer bestimmten Zeit für eine Gruppe freihält, z. B. für einen Workshop. Jobs, die sie angeben, starten auf diesen Knoten, ohne in der allgemeinen Warteschlange zu warten.</translation>
    </message>
    <message>
        <source>Pending reason</source>
        <translation>Wartegrund</translation>
    </message>
    <message>
        <source>Slurm&apos;s word for why a job waits (Priority, Resources, QOSMaxJobsPerUserLimit, …). The Jobs tab shows each in a sentence with what you can do.</source>
        <translation>Slurms Stichwort dafür, warum ein Job wartet (Priority, Resources, QOSMaxJobsPerUserLimit, …). Der Tab „Jobs“ gibt jeden Wartegrund in einem Satz wieder, zusammen mit dem, was Sie tun können.</translation>
    </message>
    <message>
        <source>Login node</source>
        <translation>Login-Knoten</translation>
    </message>
    <message>
        <source>The machine you reach over SSH. It is shared: prepare and submit there, but never run training on it.</source>
        <translation>Der Rechner, den Sie per SSH erreichen. Er wird gemeinsam genutzt: Bereiten Sie dort vor und reichen Sie dort ein, aber führen Sie nie ein Training darauf aus.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Glossary of HPC terms</source>
        <translation>Glossar der HPC-Begriffe</translation>
    </message>
</context>
<context>
    <name>fab::widgets::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Key</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation>Ist das wirklich %1?</translation>
    </message>
    <message>
        <source>This is the first time Fabbrica connects to %1 (address %2, port %3). The server proves who it is with this key:</source>
        <translation>Fabbrica verbindet sich zum ersten Mal mit %1 (Adresse %2, Port %3). Der Server weist sich mit diesem Schlüssel aus:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;&amp;#10004; It matches a fingerprint published for this cluster (from the profile).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;&amp;#10004; Er stimmt mit einem für diesen Cluster veröffentlichten Fingerabdruck überein (aus dem Profil).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your centre publishes (in its documentation or its welcome e-mail). If they differ, do not connect: someone may be intercepting the connection.</source>
        <translation>Vergleichen Sie ihn mit dem Fingerabdruck, den Ihr Zentrum veröffentlicht (in seiner Dokumentation oder seiner Willkommens-E-Mail). Weichen sie voneinander ab, verbinden Sie sich nicht: Jemand könnte die Verbindung abfangen.</translation>
    </message>
    <message>
        <source>If you trust it, it is saved in %1 as %2 and not asked again. A later change of this key will be refused.</source>
        <translation>Wenn Sie ihm vertrauen, wird er in %1 als %2 gespeichert und nicht erneut abgefragt. Eine spätere Änderung dieses Schlüssels wird abgelehnt.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsModel</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 (signal %2)</source>
        <translation>%1 (Signal %2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why it waits / ended</source>
        <translation>Warum er wartet / endete</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Slurm says: %1</source>
        <translation>Slurm meldet: %1</translation>
    </message>
    <message>
        <source>Slurm says: %1
%2</source>
        <translation>Slurm meldet: %1
%2</translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsView</name>
    <message>
        <source>No jobs yet</source>
        <translation>Noch keine Jobs</translation>
    </message>
    <message>
        <source>Jobs you submit from the Experiments tab appear here with their state, wait reason, elapsed time and logs. Start by opening an experiment.</source>
        <translation>Jobs, die Sie im Tab „Experimente“ einreichen, erscheinen hier mit Status, Wartegrund, Laufzeit und Logs. Öffnen Sie zunächst ein Experiment.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfragestatus</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Stops the selected job (or every task of an array), as scancel does</source>
        <translation>Bricht den ausgewählten Job (oder jeden Task eines Arrays) ab, wie scancel</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Output (stdout)</source>
        <translation>Ausgabe (stdout)</translation>
    </message>
    <message>
        <source>Errors (stderr)</source>
        <translation>Fehler (stderr)</translation>
    </message>
    <message>
        <source>Select a job to follow its log.</source>
        <translation>Wählen Sie einen Job, um sein Log mitzulesen.</translation>
    </message>
    <message>
        <source>Job log</source>
        <translation>Job-Log</translation>
    </message>
    <message>
        <source>nothing left to check</source>
        <translation>nichts mehr zu prüfen</translation>
    </message>
    <message>
        <source>next check in %1 s</source>
        <translation>nächste Prüfung in %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</source>
        <translation>
            <numerusform>%n Job angezeigt, %1 noch laufend oder wartend · %2 · %3 Scheduler-Abfragen in der letzten Minute</numerusform>
            <numerusform>%n Jobs angezeigt, %1 noch laufend oder wartend · %2 · %3 Scheduler-Abfragen in der letzten Minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel job %1? Its work so far stays in the run folder.</source>
        <translation>Job %1 abbrechen? Seine bisherigen Ergebnisse bleiben im Laufordner.</translation>
    </message>
    <message>
        <source>Job %1 cancelled</source>
        <translation>Job %1 abgebrochen</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>%1 konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Erneut einreihen</translation>
    </message>
    <message>
        <source>Puts the selected finished or failed job back in the queue, as scontrol requeue does</source>
        <translation>Stellt den ausgewählten beendeten oder fehlgeschlagenen Job wieder in die Warteschlange, wie scontrol requeue</translation>
    </message>
    <message>
        <source>Job %1 is queued again</source>
        <translation>Job %1 ist wieder in der Warteschlange</translation>
    </message>
    <message>
        <source>Could not requeue %1: %2</source>
        <translation>%1 konnte nicht erneut eingereiht werden: %2</translation>
    </message>
</context>
<context>
    <name>fab::widgets::KeyValueModel</name>
    <message>
        <source>Values separated by commas, e.g. 1e-4, 3e-4, 1e-3. Put text with a comma in &quot;quotes&quot;.</source>
        <translation>Werte durch Kommas getrennt, z. B. 1e-4, 3e-4, 1e-3. Setzen Sie Text mit Komma in &quot;Anführungszeichen&quot;.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunChart</name>
    <message>
        <source>training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <source>evaluation loss</source>
        <translation>Eval-Loss</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Loss-Diagramm</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunForm</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>New toy model</source>
        <translation>Neues Spielzeugmodell</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Aus einer Datei</translation>
    </message>
    <message>
        <source>A small GPT-2 trained from scratch with a byte tokenizer: quick to try on any computer</source>
        <translation>Ein kleines GPT-2, von Grund auf mit einem Byte-Tokenizer trainiert: schnell auf jedem Computer auszuprobieren</translation>
    </message>
    <message>
        <source>A GPT-2 model.safetensors (Hugging Face layout) or its folder, fine-tuned</source>
        <translation>Ein GPT-2 als model.safetensors (Hugging-Face-Layout) oder dessen Ordner, per Fine-Tuning weitertrainiert</translation>
    </message>
    <message>
        <source>Layers, heads</source>
        <translation>Schichten, Heads</translation>
    </message>
    <message>
        <source>Width, context</source>
        <translation>Breite, Kontext</translation>
    </message>
    <message>
        <source>model.safetensors or its folder</source>
        <translation>model.safetensors oder dessen Ordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>a .txt or .jsonl file</source>
        <translation>eine .txt- oder .jsonl-Datei</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>JSONL {&quot;text&quot;}</source>
        <translation>JSONL {&quot;text&quot;}</translation>
    </message>
    <message>
        <source>JSONL prompt/completion</source>
        <translation>JSONL prompt/completion</translation>
    </message>
    <message>
        <source>Format, held out</source>
        <translation>Format, Validierungsanteil</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Full fine-tune</source>
        <translation>Vollständiges Fine-Tuning</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>Rank, alpha</source>
        <translation>Rang, Alpha</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielmodule</translation>
    </message>
    <message>
        <source>Steps, batch, sequence</source>
        <translation>Schritte, Batch, Sequenz</translation>
    </message>
    <message>
        <source>Learning rate, warm-up</source>
        <translation>Lernrate, Warm-up</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Evaluate, sample every</source>
        <translation>Evaluieren, Beispieltext alle</translation>
    </message>
    <message>
        <source>sample prompt (empty: start from nothing)</source>
        <translation>Prompt für Beispieltexte (leer: ohne Vorgabe beginnen)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA-GPU (CUDA)</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Ausführen auf</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>Choose a dataset: a plain-text (.txt) or JSONL (.jsonl) file.</source>
        <translation>Wählen Sie einen Datensatz: eine Textdatei (.txt) oder JSONL-Datei (.jsonl).</translation>
    </message>
    <message>
        <source>The dataset %1 does not exist.</source>
        <translation>Der Datensatz %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The dataset %1 is not a readable file.</source>
        <translation>Der Datensatz %1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Choose the model to fine-tune: a GPT-2 model.safetensors or its folder.</source>
        <translation>Wählen Sie das Modell für das Fine-Tuning: ein GPT-2 als model.safetensors oder dessen Ordner.</translation>
    </message>
    <message>
        <source>The model %1 does not exist.</source>
        <translation>Das Modell %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a .safetensors file or a model folder.</source>
        <translation>%1 ist weder eine .safetensors-Datei noch ein Modellordner.</translation>
    </message>
    <message>
        <source>The width (%1) must be a multiple of the number of heads (%2): try %3.</source>
        <translation>Die Breite (%1) muss ein Vielfaches der Anzahl der Heads (%2) sein: Versuchen Sie %3.</translation>
    </message>
    <message>
        <source>The sequence length (%1) is longer than the model&apos;s context (%2): lower it or raise the context.</source>
        <translation>Die Sequenzlänge (%1) ist länger als der Kontext des Modells (%2): Verringern Sie sie oder vergrößern Sie den Kontext.</translation>
    </message>
    <message>
        <source>LoRA needs at least one target layer (c_attn, c_proj or c_fc).</source>
        <translation>LoRA braucht mindestens eine Zielschicht (c_attn, c_proj oder c_fc).</translation>
    </message>
    <message>
        <source>Give a seed (a whole number): the same seed trains the same model.</source>
        <translation>Geben Sie einen Seed an (eine ganze Zahl): Derselbe Seed trainiert dasselbe Modell.</translation>
    </message>
    <message>
        <source>Cannot start: %1.</source>
        <translation>Start nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>Datensatz wählen</translation>
    </message>
    <message>
        <source>Text or JSONL (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>Text oder JSONL (*.txt *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a GPT-2 model</source>
        <translation>GPT-2-Modell wählen</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors);;All files (*)</source>
        <translation>safetensors (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Attention-Heads</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>Gewichtsdatei</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>Datensatzdatei</translation>
    </message>
    <message>
        <source>Dataset format</source>
        <translation>Datensatzformat</translation>
    </message>
    <message>
        <source>Held-out fraction</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA-Rang</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>LoRA-Alpha</translation>
    </message>
    <message>
        <source>LoRA dropout</source>
        <translation>LoRA-Dropout</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Sequenzlänge</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Warm-up steps</source>
        <translation>Warm-up-Schritte</translation>
    </message>
    <message>
        <source>Evaluate every N steps</source>
        <translation>Alle N Schritte evaluieren</translation>
    </message>
    <message>
        <source>Sample every N steps</source>
        <translation>Alle N Schritte einen Beispieltext erzeugen</translation>
    </message>
    <message>
        <source>Sample prompt</source>
        <translation>Prompt für Beispieltexte</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunsView</name>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped, can continue</source>
        <translation>angehalten, fortsetzbar</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>, loss %1</source>
        <translation>, Loss %1</translation>
    </message>
    <message>
        <source>%1
%2 / %3 steps%4 · %5</source>
        <translation>%1
%2 / %3 Schritte%4 · %5</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Scale &amp;up…</source>
        <translation>&amp;Hochskalieren…</translation>
    </message>
    <message>
        <source>Start a new run with these settings, in a new folder</source>
        <translation>Einen neuen Lauf mit diesen Einstellungen in einem neuen Ordner starten</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept, so the run can continue later</source>
        <translation>Nach dem aktuellen Schritt anhalten; ein Checkpoint bleibt erhalten, sodass der Lauf später fortgesetzt werden kann</translation>
    </message>
    <message>
        <source>Turn this run into a cluster experiment with the same hyperparameters</source>
        <translation>Diesen Lauf in ein Cluster-Experiment mit denselben Hyperparametern umwandeln</translation>
    </message>
    <message>
        <source>No run yet: choose the settings on the left and press Start.</source>
        <translation>Noch kein Lauf: Wählen Sie links die Einstellungen und klicken Sie auf „Starten“.</translation>
    </message>
    <message>
        <source>Try it on this computer first</source>
        <translation>Zuerst auf diesem Computer ausprobieren</translation>
    </message>
    <message>
        <source>Fine-tune a small language model on your own machine before spending cluster hours: choose a model and a dataset on the left (the sample dataset is ready) and press Start. A finished run becomes a cluster experiment with Scale up…</source>
        <translation>Führen Sie ein Fine-Tuning eines kleinen Sprachmodells auf Ihrem eigenen Rechner durch, bevor Sie Cluster-Stunden aufwenden: Wählen Sie links ein Modell und einen Datensatz (der Beispieldatensatz ist bereit) und klicken Sie auf „Starten“. Aus einem abgeschlossenen Lauf wird ein Cluster-Experiment mit Hochskalieren…</translation>
    </message>
    <message>
        <source>Text the model writes appears here every few steps (Evaluate, sample every).</source>
        <translation>Text, den das Modell schreibt, erscheint hier alle paar Schritte (Evaluieren, Beispieltext alle).</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispieltext</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Previous runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>Previous local runs</source>
        <translation>Frühere lokale Läufe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weitertrainieren</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint</source>
        <translation>Den ausgewählten Lauf ab seinem letzten Checkpoint weitertrainieren</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>— step %1 —</source>
        <translation>— Schritt %1 —</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(noch nichts)</translation>
    </message>
    <message>
        <source>This folder is not a local run (no readable train_config.json).</source>
        <translation>Dieser Ordner ist kein lokaler Lauf (keine lesbare train_config.json).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps</source>
        <translation>%1: %2 von %3 Schritten</translation>
    </message>
    <message>
        <source>Device: looking for a GPU…</source>
        <translation>Gerät: Suche nach einer GPU…</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n Thread</numerusform>
            <numerusform>CPU, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Device: no usable GPU (%1)</source>
        <translation>Gerät: keine nutzbare GPU (%1)</translation>
    </message>
    <message>
        <source>Device: %1 (no GPU: %2)</source>
        <translation>Gerät: %1 (keine GPU: %2)</translation>
    </message>
    <message>
        <source>No NVIDIA GPU can be used here (%1). Choose CPU or Automatic.</source>
        <translation>Hier kann keine NVIDIA-GPU genutzt werden (%1). Wählen Sie CPU oder Automatisch.</translation>
    </message>
    <message>
        <source>Continuing %1…</source>
        <translation>%1 wird weitertrainiert…</translation>
    </message>
    <message>
        <source>Preparing data and model…</source>
        <translation>Daten und Modell werden vorbereitet…</translation>
    </message>
    <message>
        <source>A run is still finishing; try again in a moment.</source>
        <translation>Ein Lauf wird noch beendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>local %1</source>
        <translation>lokal %1</translation>
    </message>
    <message>
        <source>Paused at step %1: Resume continues, Cancel stops and keeps a checkpoint.</source>
        <translation>Bei Schritt %1 pausiert: „Fortsetzen“ macht weiter, „Abbrechen“ hält an und behält einen Checkpoint.</translation>
    </message>
    <message>
        <source>Stopping after the current step and writing a checkpoint…</source>
        <translation>Anhalten nach dem aktuellen Schritt, Checkpoint wird geschrieben…</translation>
    </message>
    <message>
        <source> · eval loss %1</source>
        <translation> · Eval-Loss %1</translation>
    </message>
    <message>
        <source>Step %1 / %2 · loss %3%4 · %5 tokens/s · ETA %6</source>
        <translation>Schritt %1 / %2 · Loss %3%4 · %5 Tokens/s · Restzeit %6</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde beendet: %1</translation>
    </message>
    <message>
        <source>Stopped with an error at step %1.</source>
        <translation>Bei Schritt %1 mit einem Fehler beendet.</translation>
    </message>
    <message>
        <source>Cancelled at step %1. Select it under Previous runs and press Continue to go on.</source>
        <translation>Bei Schritt %1 abgebrochen. Wählen Sie ihn unter „Frühere Läufe“ aus und klicken Sie auf „Weitertrainieren“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Finished %1 steps. The model is in %2; Scale up… makes a cluster experiment of it.</source>
        <translation>%1 Schritte abgeschlossen. Das Modell liegt in %2; „Hochskalieren…“ macht daraus ein Cluster-Experiment.</translation>
    </message>
    <message>
        <source>Text the model writes</source>
        <translation>Text, den das Modell schreibt</translation>
    </message>
</context>
<context>
    <name>fab::widgets::MetricsView</name>
    <message>
        <source>No metrics to show</source>
        <translation>Keine Metriken anzuzeigen</translation>
    </message>
    <message>
        <source>While a job runs, its training metrics (loss, learning rate, …) stream here as live charts, read from the metrics file the job writes. Submit an experiment to see its curves.</source>
        <translation>Während ein Job läuft, erscheinen seine Trainingsmetriken (Loss, Lernrate, …) hier als Live-Diagramme, gelesen aus der Metrikdatei, die der Job schreibt. Reichen Sie ein Experiment ein, um seine Kurven zu sehen.</translation>
    </message>
    <message>
        <source>Cannot read metrics of %1: %2</source>
        <translation>Metriken von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 points</source>
        <translation>
            <numerusform>%n Lauf, %1 Punkte</numerusform>
            <numerusform>%n Läufe, %1 Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Smoothing</source>
        <translation>&amp;Glättung</translation>
    </message>
    <message>
        <source>Exponential moving average of each curve; the raw values stay drawn faintly behind it.</source>
        <translation>Exponentieller gleitender Durchschnitt jeder Kurve; die Rohwerte bleiben blass dahinter sichtbar.</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Logarithmische &amp;Skala</translation>
    </message>
    <message>
        <source>Logarithmic y axis; values ≤ 0 are left out while it is on.</source>
        <translation>Logarithmische y-Achse; Werte ≤ 0 werden ausgelassen, solange sie aktiv ist.</translation>
    </message>
    <message>
        <source>&amp;X axis</source>
        <translation>&amp;X-Achse</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation>Zeit seit Start</translation>
    </message>
    <message>
        <source>&amp;Follow new points</source>
        <translation>Neuen Punkten &amp;folgen</translation>
    </message>
    <message>
        <source>A zoomed chart slides along as the job writes new points.</source>
        <translation>Ein gezoomtes Diagramm wandert mit, während der Job neue Punkte schreibt.</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every point of every chart again.</source>
        <translation>Wieder alle Punkte aller Diagramme anzeigen.</translation>
    </message>
    <message>
        <source>Metrics of %1: %2</source>
        <translation>Metriken von %1: %2</translation>
    </message>
    <message>
        <source>%1: loading stored points</source>
        <translation>%1: gespeicherte Punkte werden geladen</translation>
    </message>
    <message>
        <source>%1: connection lost, resumes where it stopped</source>
        <translation>%1: Verbindung verloren, wird an der unterbrochenen Stelle fortgesetzt</translation>
    </message>
    <message>
        <source>%1: job ended, reading the last points</source>
        <translation>%1: Job beendet, die letzten Punkte werden gelesen</translation>
    </message>
    <message>
        <source>%1: stopped (%2)</source>
        <translation>%1: angehalten (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) that are not metrics were skipped</source>
        <translation>
            <numerusform>%1: %n Zeile, die keine Metriken enthält, wurde übersprungen</numerusform>
            <numerusform>%1: %n Zeilen, die keine Metriken enthalten, wurden übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::widgets::PartitionsModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 of %2 idle</source>
        <translation>%1 von %2 frei</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Slurm did not report this for the partition (sinfo&apos;s node view has no time limits, scontrol&apos;s partition view no GPUs).</source>
        <translation>Slurm hat dies für die Partition nicht gemeldet (die Knotenansicht von sinfo enthält keine Zeitlimits, die Partitionsansicht von scontrol keine GPUs).</translation>
    </message>
    <message>
        <source>GPUs not in use on nodes that can take jobs (down and drained nodes count none)</source>
        <translation>Nicht genutzte GPUs auf Knoten, die Jobs annehmen können (ausgefallene und gedrainte Knoten zählen nicht)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs pro Knoten</translation>
    </message>
    <message>
        <source>Free GPUs</source>
        <translation>Freie GPUs</translation>
    </message>
    <message>
        <source>Default time</source>
        <translation>Standardzeit</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
</context>
<context>
    <name>fab::widgets::PlaceholderHighlighter</name>
    <message>
        <source>Not a parameter or sweep axis</source>
        <translation>Weder Parameter noch Sweep-Achse</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ProfileEditorDialog</name>
    <message>
        <source>New cluster profile</source>
        <translation>Neues Clusterprofil</translation>
    </message>
    <message>
        <source>Edit cluster profile</source>
        <translation>Clusterprofil bearbeiten</translation>
    </message>
    <message>
        <source>Import from ~/.ssh/config:</source>
        <translation>Aus ~/.ssh/config importieren:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>leonardo</source>
        <translation>leonardo</translation>
    </message>
    <message>
        <source>Leonardo Booster (CINECA)</source>
        <translation>Leonardo Booster (CINECA)</translation>
    </message>
    <message>
        <source>login.leonardo.cineca.it, or a Host alias of ~/.ssh/config</source>
        <translation>login.leonardo.cineca.it oder ein Host-Alias aus ~/.ssh/config</translation>
    </message>
    <message>
        <source>your user name on the cluster</source>
        <translation>Ihr Benutzername auf dem Cluster</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Your private key. Empty: the keys in ssh-agent, then ~/.ssh/id_ed25519, id_ecdsa and id_rsa. A certificate next to it (KEY-cert.pub) is used automatically.</source>
        <translation>Ihr privater Schlüssel. Leer: die Schlüssel in ssh-agent, dann ~/.ssh/id_ed25519, id_ecdsa und id_rsa. Ein Zertifikat daneben (KEY-cert.pub) wird automatisch verwendet.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Datei mit privatem Schlüssel wählen</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>keine (direkt)</translation>
    </message>
    <message>
        <source>Jump hosts as OpenSSH writes them: user@bastion:port, several separated by commas.</source>
        <translation>Jump-Hosts in OpenSSH-Schreibweise: user@bastion:port, mehrere durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation>&amp;Jump-Hosts:</translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation>Known-Hosts-&amp;Datei:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeitsumgebung</translation>
    </message>
    <message>
        <source>$WORK/fabbrica</source>
        <translation>$WORK/fabbrica</translation>
    </message>
    <message>
        <source>saldo, lumi-allocations, it4ifree, … (optional)</source>
        <translation>saldo, lumi-allocations, it4ifree, … (optional)</translation>
    </message>
    <message>
        <source>e.g. AIFAC_L00_000</source>
        <translation>z. B. AIFAC_L00_000</translation>
    </message>
    <message>
        <source>e.g. boost_usr_prod</source>
        <translation>z. B. boost_usr_prod</translation>
    </message>
    <message>
        <source>e.g. normal</source>
        <translation>z. B. normal</translation>
    </message>
    <message>
        <source>&amp;Work folder:</source>
        <translation>Arbeits&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Budget tool:</source>
        <translation>B&amp;udget-Tool:</translation>
    </message>
    <message>
        <source>Default &amp;account:</source>
        <translation>Standard&amp;konto:</translation>
    </message>
    <message>
        <source>Default pa&amp;rtition:</source>
        <translation>Standardpa&amp;rtition:</translation>
    </message>
    <message>
        <source>Default &amp;QoS:</source>
        <translation>Standard-&amp;QoS:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection to see the server&apos;s host key, how you log in, your user name there and its Slurm version.</source>
        <translation>Testen Sie die Verbindung, um den Host-Key des Servers, Ihre Anmeldemethode, Ihren Benutzernamen dort und die Slurm-Version zu sehen.</translation>
    </message>
    <message>
        <source>no Host entries found</source>
        <translation>keine Host-Einträge gefunden</translation>
    </message>
    <message>
        <source>/proxy_jump: %1</source>
        <translation>/proxy_jump: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Host key: %1 %2</source>
        <translation>Host-Key: %1 %2</translation>
    </message>
    <message>
        <source>Logged in by: %1</source>
        <translation>Angemeldet per: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Remote user</source>
        <translation>Remote-Benutzer</translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation>Slurm</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Host to import from ~/.ssh/config</source>
        <translation>Aus ~/.ssh/config zu importierender Host</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ProfileListModel</name>
    <message>
        <source>ready, runs on this computer</source>
        <translation>bereit, läuft auf diesem Computer</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Runs experiments as processes on this computer; works offline.</source>
        <translation>Führt Experimente als Prozesse auf diesem Computer aus; funktioniert offline.</translation>
    </message>
    <message>
        <source>%1@%2:%3 — %4</source>
        <translation>%1@%2:%3 — %4</translation>
    </message>
    <message>
        <source>(user not set)</source>
        <translation>(Benutzer nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ScaleUpDialog</name>
    <message>
        <source>Scale up to a cluster</source>
        <translation>Auf einen Cluster hochskalieren</translation>
    </message>
    <message>
        <source>The same fine-tune, bigger: %1 becomes a cluster experiment with the same hyperparameters. It starts from this run&apos;s exported model and trains with PyTorch (transformers, peft) under torchrun, logging the same metrics.</source>
        <translation>Dasselbe Fine-Tuning, nur größer: %1 wird zu einem Cluster-Experiment mit denselben Hyperparametern. Es startet mit dem exportierten Modell dieses Laufs und trainiert mit PyTorch (transformers, peft) unter torchrun, wobei dieselben Metriken protokolliert werden.</translation>
    </message>
    <message>
        <source>Reading cluster profiles…</source>
        <translation>Clusterprofile werden gelesen…</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Partition</source>
        <translation>&amp;Partition</translation>
    </message>
    <message>
        <source>project account (optional here; Slurm may require it)</source>
        <translation>Projektkonto (hier optional; Slurm verlangt es womöglich)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs pro Knoten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Slurm wall time: hours:minutes:seconds, minutes, or days-hours:minutes</source>
        <translation>Slurm-Walltime: Stunden:Minuten:Sekunden, Minuten oder Tage-Stunden:Minuten</translation>
    </message>
    <message>
        <source>&amp;Wall time</source>
        <translation>&amp;Walltime</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Save and &amp;open in editor</source>
        <translation>Speichern und im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save to &amp;folder…</source>
        <translation>In &amp;Ordner speichern…</translation>
    </message>
    <message>
        <source>%1 (AMD GPUs: not for this script)</source>
        <translation>%1 (AMD-GPUs: nicht für dieses Skript)</translation>
    </message>
    <message>
        <source>There is no cluster profile to scale up to: add one (Where to run) first.</source>
        <translation>Es gibt kein Clusterprofil zum Hochskalieren: Fügen Sie zuerst eines hinzu (Ausführungsort).</translation>
    </message>
    <message>
        <source>The wall time &quot;%1&quot; is not one Slurm understands: write hours:minutes:seconds such as 02:00:00.</source>
        <translation>Die Walltime &quot;%1&quot; versteht Slurm nicht: Schreiben Sie Stunden:Minuten:Sekunden, z. B. 02:00:00.</translation>
    </message>
    <message>
        <source>The experiment would not be valid: %1</source>
        <translation>Das Experiment wäre nicht gültig: %1</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded into the job&apos;s folder (%n file(s), %1):
</source>
        <translation>
            <numerusform>In den Ordner des Jobs hochgeladen (%n Datei, %1):
</numerusform>
            <numerusform>In den Ordner des Jobs hochgeladen (%n Dateien, %1):
</numerusform>
        </translation>
    </message>
    <message>
        <source>the shipped training script</source>
        <translation>das mitgelieferte Trainingsskript</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>dieser Lauf</translation>
    </message>
    <message>
        <source>• a PyTorch environment with transformers (and peft for LoRA) must be loaded: add the cluster&apos;s modules or container in the editor
</source>
        <translation>• eine PyTorch-Umgebung mit transformers (und peft für LoRA) muss geladen sein: Fügen Sie die Module oder den Container des Clusters im Editor hinzu
</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Experiment:</translation>
    </message>
    <message>
        <source>Folder for the cluster experiment</source>
        <translation>Ordner für das Cluster-Experiment</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>fab::widgets::SecretPromptDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>The server %1 accepts the key %2. Enter its passphrase to unlock it.</source>
        <translation>Der Server %1 akzeptiert den Schlüssel %2. Geben Sie seine Passphrase ein, um ihn zu entsperren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation>Bei %1 anmelden.</translation>
    </message>
    <message>
        <source>The server asks</source>
        <translation>Der Server fragt</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 fragt:</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>One-time codes are used once and never stored.</source>
        <translation>Einmalcodes werden nur einmal verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation>Passphrase im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Remember the password (not the code) in the system keychain</source>
        <translation>Passwort (nicht den Code) im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Kept by the operating system&apos;s keychain, never in Fabbrica&apos;s files. Without it, Fabbrica keeps the secret in memory only until it quits, so a dropped link reconnects without asking.</source>
        <translation>Wird im Schlüsselbund des Betriebssystems aufbewahrt, nie in den Dateien von Fabbrica. Ohne ihn behält Fabbrica das Geheimnis nur bis zum Beenden im Speicher, damit eine abgebrochene Verbindung ohne Nachfrage wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>fab::widgets::SweepTableModel</name>
    <message>
        <source>Swept: changes from task to task</source>
        <translation>Im Sweep: ändert sich von Task zu Task</translation>
    </message>
    <message>
        <source>The same in every task</source>
        <translation>In jedem Task gleich</translation>
    </message>
</context>
<context>
    <name>fab::widgets::TemplateCatalog</name>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::TemplateDialog</name>
    <message>
        <source>New experiment from a template</source>
        <translation>Neues Experiment aus einer Vorlage</translation>
    </message>
    <message>
        <source>A template is a working experiment to start from: its files are copied into a new folder, and the cluster profile&apos;s defaults fill the account and partition.</source>
        <translation>Eine Vorlage ist ein funktionierendes Experiment als Ausgangspunkt: Ihre Dateien werden in einen neuen Ordner kopiert, und die Standardwerte des Clusterprofils füllen Konto und Partition.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>Neuer Ordner:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Folder for the new experiment</source>
        <translation>Ordner für das neue Experiment</translation>
    </message>
</context>
<context>
    <name>fab::widgets::UsageChart</name>
    <message>
        <source>Usage over time</source>
        <translation>Verbrauch im Zeitverlauf</translation>
    </message>
    <message>
        <source>Select an account to see its use over time</source>
        <translation>Wählen Sie ein Konto, um seinen Verbrauch im Zeitverlauf zu sehen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no readings of the usage yet</source>
        <translation>%1: noch keine Verbrauchsmessungen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>At the current pace</source>
        <translation>Beim aktuellen Tempo</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Ende des Zeitraums</translation>
    </message>
</context>
</TS>
