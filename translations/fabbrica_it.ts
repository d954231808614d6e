<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>fab::AllocationForecast</name>
    <message>
        <source>All of it is used: %1 of %2.</source>
        <translation>È stato usato tutto: %1 su %2.</translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: it needs at least two readings of the usage within %n day(s), and there %1. Refresh again later.</source>
        <translation>
            <numerusform>Ancora nessuna previsione: servono almeno due letture dell&apos;utilizzo nell&apos;arco di %n giorno, e %1. Aggiorna più tardi.</numerusform>
            <numerusform>Ancora nessuna previsione: servono almeno due letture dell&apos;utilizzo nell&apos;arco di %n giorni, e %1. Aggiorna più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>are none</source>
        <translation>non ce n&apos;è nessuna</translation>
    </message>
    <message>
        <source>is one</source>
        <translation>ce n&apos;è solo una</translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: the readings are only %n minute(s) apart, too close to tell a pace. Refresh again later.</source>
        <translation>
            <numerusform>Ancora nessuna previsione: le letture distano solo %n minuto, troppo poco per stimare un ritmo. Aggiorna più tardi.</numerusform>
            <numerusform>Ancora nessuna previsione: le letture distano solo %n minuti, troppo poco per stimare un ritmo. Aggiorna più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 al giorno</translation>
    </message>
    <message>
        <source>Using about %1; the granted amount is unknown, so there is no run-out date.</source>
        <translation>Consumo di circa %1; la quantità assegnata non è nota, quindi non c&apos;è una data di esaurimento.</translation>
    </message>
    <message>
        <source>Using about %1: at this pace it lasts more than a hundred years.</source>
        <translation>Consumo di circa %1: a questo ritmo dura più di cent&apos;anni.</translation>
    </message>
    <message numerus="yes">
        <source>No use in the last %n day(s): at this pace it does not run out.</source>
        <translation>
            <numerusform>Nessun consumo nell&apos;ultimo giorno: a questo ritmo non si esaurisce.</numerusform>
            <numerusform>Nessun consumo negli ultimi %n giorni: a questo ritmo non si esaurisce.</numerusform>
        </translation>
    </message>
    <message>
        <source>At this pace (%1) the period ends first, on %2, with about %3 unused; the budget alone would last until %4.</source>
        <translation>A questo ritmo (%1) finisce prima il periodo, il %2, con circa %3 ancora da usare; il solo budget durerebbe fino al %4.</translation>
    </message>
    <message>
        <source>At this pace (%1) the budget runs out on %2, before the period ends on %3.</source>
        <translation>A questo ritmo (%1) il budget si esaurisce il %2, prima che il periodo finisca il %3.</translation>
    </message>
    <message>
        <source>At this pace (%1) the budget runs out on %2.</source>
        <translation>A questo ritmo (%1) il budget si esaurisce il %2.</translation>
    </message>
</context>
<context>
    <name>fab::AllocationFormat</name>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitato</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>the scheduler&apos;s</source>
        <translation>dello scheduler</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 output could not be read; what could not be read is shown as unknown.</source>
        <translation>
            <numerusform>Non è stato possibile leggere %n riga dell&apos;output %1; ciò che non si è potuto leggere è indicato come sconosciuto.</numerusform>
            <numerusform>Non è stato possibile leggere %n righe dell&apos;output %1; ciò che non si è potuto leggere è indicato come sconosciuto.</numerusform>
        </translation>
    </message>
    <message>
        <source>No allocations reported.</source>
        <translation>Nessuna allocazione riportata.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>AMBITO</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RISORSA</translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation>ASSEGNATO</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>USATO</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>RESIDUO</translation>
    </message>
    <message>
        <source>USED %</source>
        <translation>% USATO</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIODO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FONTE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No partitions reported.</source>
        <translation>Nessuna partizione riportata.</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTIZIONE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>NODES IDLE/TOTAL</source>
        <translation>NODI LIBERI/TOTALI</translation>
    </message>
    <message>
        <source>GPUS/NODE</source>
        <translation>GPU/NODO</translation>
    </message>
    <message>
        <source>GPU TYPE</source>
        <translation>TIPO GPU</translation>
    </message>
    <message>
        <source>FREE GPUS</source>
        <translation>GPU LIBERE</translation>
    </message>
    <message>
        <source>DEFAULT TIME</source>
        <translation>TEMPO PREDEFINITO</translation>
    </message>
    <message>
        <source>MAX TIME</source>
        <translation>TEMPO MASSIMO</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>* the default partition</source>
        <translation>* la partizione predefinita</translation>
    </message>
</context>
<context>
    <name>fab::BatchScript</name>
    <message>
        <source>uses {%1}, which is neither a parameter nor a sweep axis; add it to &quot;parameters&quot; or write {{%1}} for literal braces</source>
        <translation>usa {%1}, che non è né un parametro né un asse dello sweep; aggiungilo a &quot;parameters&quot; oppure scrivi {{%1}} per ottenere le graffe letterali</translation>
    </message>
    <message>
        <source>has a backslash right before {%1}; remove it, Fabbrica quotes the value itself</source>
        <translation>ha una barra rovesciata subito prima di {%1}; toglila, Fabbrica mette già il valore tra virgolette</translation>
    </message>
    <message>
        <source>cannot go into an #SBATCH line: only letters, digits and _ . + - / @ : , = are allowed, got &quot;%1&quot;</source>
        <translation>non può stare in una riga #SBATCH: sono ammessi solo lettere, cifre e _ . + - / @ : , =, ma è &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>deve essere almeno 1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>non deve essere negativo</translation>
    </message>
    <message>
        <source>must be an amount such as 120G or 512M</source>
        <translation>deve essere una quantità come 120G o 512M</translation>
    </message>
    <message>
        <source>must be a wall time such as 02:00:00</source>
        <translation>deve essere una durata (wall time) come 02:00:00</translation>
    </message>
    <message>
        <source>must be an absolute path, got &quot;%1&quot;</source>
        <translation>deve essere un percorso assoluto, ma è &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a valid variable name</source>
        <translation>non è un nome di variabile valido</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>non deve contenere il carattere NUL</translation>
    </message>
    <message>
        <source>must be a plain file name, got &quot;%1&quot;</source>
        <translation>deve essere un semplice nome di file, ma è &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be at least 1, got %1</source>
        <translation>deve essere almeno 1, ma è %1</translation>
    </message>
    <message>
        <source>is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>non è un nome di parametro valido (lettere, cifre e &apos;_&apos;, senza iniziare con una cifra)</translation>
    </message>
</context>
<context>
    <name>fab::BudgetTools</name>
    <message>
        <source>Slurm sets no GrpTRESMins limit on this account</source>
        <translation>Slurm non imposta alcun limite GrpTRESMins su questo account</translation>
    </message>
    <message>
        <source>saldo&apos;s total consumed (%1) disagrees with its %2 %; the cluster&apos;s consumed column is used</source>
        <translation>il totale consumato secondo saldo (%1) non concorda con la sua percentuale (%2 %); si usa la colonna dei consumi del cluster</translation>
    </message>
    <message>
        <source>this month %1 of %2 local hours</source>
        <translation>questo mese %1 su %2 ore locali</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 giorni rimanenti</translation>
    </message>
    <message>
        <source>granted for this month</source>
        <translation>assegnato per questo mese</translation>
    </message>
</context>
<context>
    <name>fab::ClusterProfile</name>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>a profile file must hold one JSON object, got %1</source>
        <translation>un file di profilo deve contenere un solo oggetto JSON, ma contiene %1</translation>
    </message>
    <message>
        <source>unknown field; remove it</source>
        <translation>campo sconosciuto; rimuovilo</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>deve essere &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, got %1</source>
        <translation>deve essere composto da 1–64 lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, ma è %1</translation>
    </message>
    <message>
        <source>must be a host name such as login.leonardo.cineca.it, got %1</source>
        <translation>deve essere un nome host come login.leonardo.cineca.it, ma è %1</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535, got %1</source>
        <translation>deve essere un numero intero da 1 a 65535, ma è %1</translation>
    </message>
    <message>
        <source>must be a user name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), got %1</source>
        <translation>deve essere un nome utente (lettere, cifre, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), ma è %1</translation>
    </message>
    <message>
        <source>must be text in quotes or null, got %1</source>
        <translation>deve essere un testo tra virgolette o null, ma è %1</translation>
    </message>
    <message>
        <source>must be &quot;slurm&quot; or &quot;local&quot;, got %1</source>
        <translation>deve essere &quot;slurm&quot; o &quot;local&quot;, ma è %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>deve essere un oggetto, ma è %1</translation>
    </message>
    <message>
        <source>unknown field; use account, partition or qos</source>
        <translation>campo sconosciuto; usa account, partition o qos</translation>
    </message>
    <message>
        <source>&quot;this-computer&quot; is reserved for the built-in profile; rename it</source>
        <translation>&quot;this-computer&quot; è riservato al profilo integrato; rinominalo</translation>
    </message>
</context>
<context>
    <name>fab::Estimate</name>
    <message>
        <source>the sweep&apos;s number of tasks is unknown; fix the sweep first</source>
        <translation>il numero di task dello sweep non è noto; correggi prima lo sweep</translation>
    </message>
    <message>
        <source>has no time limit, so the cost cannot be estimated; set one such as &quot;02:00:00&quot;</source>
        <translation>non ha un limite di tempo, quindi il costo non si può stimare; impostane uno come &quot;02:00:00&quot;</translation>
    </message>
    <message>
        <source>%1 tasks × %2 nodes</source>
        <translation>%1 task × %2 nodi</translation>
    </message>
    <message>
        <source>%1 × %2 GPUs × %3 h</source>
        <translation>%1 × %2 GPU × %3 h</translation>
    </message>
    <message>
        <source> × %1</source>
        <translation> × %1</translation>
    </message>
    <message>
        <source>%1 × %2 h (whole nodes)</source>
        <translation>%1 × %2 h (nodi interi)</translation>
    </message>
    <message>
        <source> × %1 per node-hour</source>
        <translation> × %1 per ora nodo</translation>
    </message>
    <message>
        <source>%1 GPUs × %2</source>
        <translation>%1 GPU × %2</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 core</translation>
    </message>
    <message>
        <source>⌈%1 cores / %2⌉</source>
        <translation>⌈%1 core / %2⌉</translation>
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
        <translation>Impossibile stimare il costo: %1</translation>
    </message>
    <message>
        <source>something it needs is unknown</source>
        <translation>un dato necessario non è noto</translation>
    </message>
    <message>
        <source>This run costs about %1; the allocation of %2 is counted in %3, so the two cannot be compared.</source>
        <translation>Questa esecuzione costa circa %1; l&apos;allocazione di %2 è espressa in %3, quindi i due valori non si possono confrontare.</translation>
    </message>
    <message>
        <source>This run costs about %1. How much %2 has left is unknown (%3 did not say), so Fabbrica cannot tell whether it fits.</source>
        <translation>Questa esecuzione costa circa %1. Non si sa quanto resti a %2 (%3 non l&apos;ha indicato), quindi Fabbrica non può dire se rientra nel budget.</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>il cluster</translation>
    </message>
    <message>
        <source>Over budget: this run costs about %1, but %2 has only %3 left. Slurm may keep it waiting (AssocGrp…Minutes) or refuse it; shorten the time limit, use fewer tasks or GPUs, or ask for more hours.</source>
        <translation>Budget insufficiente: questa esecuzione costa circa %1, ma a %2 restano solo %3. Slurm potrebbe tenerla in attesa (AssocGrp…Minutes) o rifiutarla; riduci il limite di tempo, usa meno task o GPU, oppure chiedi più ore.</translation>
    </message>
    <message>
        <source>This run costs about %1 of the %2 that %3 has left.</source>
        <translation>Questa esecuzione costa circa %1; a %3 restano %2.</translation>
    </message>
    <message>
        <source> (no GPUs asked for: this budget counts GPU time only)</source>
        <translation> (nessuna GPU richiesta: questo budget conta solo il tempo GPU)</translation>
    </message>
</context>
<context>
    <name>fab::Experiment</name>
    <message>
        <source>must be &quot;%1&quot;, got %2</source>
        <translation>deve essere &quot;%1&quot;, ma è %2</translation>
    </message>
    <message>
        <source>this file was written by a newer Fabbrica (schema %1); this version reads schema %2 and older: update Fabbrica to open it</source>
        <translation>questo file è stato scritto da una versione più recente di Fabbrica (schema %1); questa versione legge lo schema %2 e precedenti: aggiorna Fabbrica per aprirlo</translation>
    </message>
    <message>
        <source>unknown field; remove it (known here: %1)</source>
        <translation>campo sconosciuto; rimuovilo (qui sono ammessi: %1)</translation>
    </message>
    <message>
        <source>unknown field; did you mean &quot;%1&quot;?</source>
        <translation>campo sconosciuto; forse intendevi &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>is missing; add an object here</source>
        <translation>manca; aggiungi qui un oggetto</translation>
    </message>
    <message>
        <source>must be an object ({ … }), got %1</source>
        <translation>deve essere un oggetto ({ … }), ma è %1</translation>
    </message>
    <message>
        <source>is missing; add a text value here</source>
        <translation>manca; aggiungi qui un valore di testo</translation>
    </message>
    <message>
        <source>must be text in quotes, got %1</source>
        <translation>deve essere un testo tra virgolette, ma è %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>non deve contenere il carattere NUL</translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation>%1, ma è %2</translation>
    </message>
    <message>
        <source>must be a list of paths, got %1</source>
        <translation>deve essere una lista di percorsi, ma è %1</translation>
    </message>
    <message>
        <source>must be a non-empty path in quotes, got %1</source>
        <translation>deve essere un percorso non vuoto tra virgolette, ma è %1</translation>
    </message>
    <message>
        <source>must be a path relative to the experiment&apos;s folder (no leading / or ~), got %1</source>
        <translation>deve essere un percorso relativo alla cartella dell&apos;esperimento (senza / o ~ iniziali), ma è %1</translation>
    </message>
    <message>
        <source>must stay inside the experiment&apos;s folder (no &quot;..&quot;), got %1</source>
        <translation>deve restare dentro la cartella dell&apos;esperimento (niente &quot;..&quot;), ma è %1</translation>
    </message>
    <message>
        <source>must not start with &apos;-&apos; or contain line breaks, got %1</source>
        <translation>non deve iniziare con &apos;-&apos; né contenere a capo, ma è %1</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>deve essere uno tra %1, ma è %2</translation>
    </message>
    <message>
        <source>must be a Slurm name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;)</source>
        <translation>deve essere un nome Slurm (lettere, cifre, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be an amount such as 120G, 512M or 64000 (megabytes)</source>
        <translation>deve essere una quantità come 120G, 512M o 64000 (megabyte)</translation>
    </message>
    <message>
        <source>must be a wall time such as &quot;02:00:00&quot; (hours:minutes:seconds), &quot;90&quot; (minutes) or &quot;1-12:00:00&quot; (days-hours:minutes:seconds), got %1</source>
        <translation>deve essere un wall time come &quot;02:00:00&quot; (ore:minuti:secondi), &quot;90&quot; (minuti) o &quot;1-12:00:00&quot; (giorni-ore:minuti:secondi), ma è %1</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>deve essere maggiore di zero</translation>
    </message>
    <message>
        <source>must be a list of module names, got %1</source>
        <translation>deve essere una lista di nomi di moduli, ma è %1</translation>
    </message>
    <message>
        <source>must be a module name such as &quot;cuda/12.2&quot; (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;/&apos;, &apos;@&apos;, &apos;:&apos;, &apos;-&apos;), got %1</source>
        <translation>deve essere un nome di modulo come &quot;cuda/12.2&quot; (lettere, cifre, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;/&apos;, &apos;@&apos;, &apos;:&apos;, &apos;-&apos;), ma è %1</translation>
    </message>
    <message>
        <source>must be an object of NAME: &quot;value&quot;, got %1</source>
        <translation>deve essere un oggetto NOME: &quot;valore&quot;, ma è %1</translation>
    </message>
    <message>
        <source>is not a valid variable name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>non è un nome di variabile valido (lettere, cifre e &apos;_&apos;, senza iniziare con una cifra)</translation>
    </message>
    <message>
        <source>is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>non è un nome di parametro valido (lettere, cifre e &apos;_&apos;, senza iniziare con una cifra)</translation>
    </message>
    <message>
        <source>must be a number, text or true/false, got %1</source>
        <translation>deve essere un numero, un testo o true/false, ma è %1</translation>
    </message>
    <message>
        <source>is missing; a random sweep needs the number of draws</source>
        <translation>manca; uno sweep casuale richiede il numero di estrazioni</translation>
    </message>
    <message>
        <source>has no axes; add one such as &quot;lr&quot;: [1e-4, 3e-4] or remove the sweep</source>
        <translation>non ha assi; aggiungine uno come &quot;lr&quot;: [1e-4, 3e-4] oppure rimuovi lo sweep</translation>
    </message>
    <message>
        <source>must be a non-empty list of values, got %1</source>
        <translation>deve essere una lista di valori non vuota, ma è %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>non è un&apos;espressione regolare valida: %1</translation>
    </message>
    <message>
        <source>needs a named group (?&lt;step&gt;…) and one per metric</source>
        <translation>richiede un gruppo con nome (?&lt;step&gt;…) e uno per ogni metrica</translation>
    </message>
    <message>
        <source>an experiment file must hold one JSON object ({ … }), got %1</source>
        <translation>un file di esperimento deve contenere un solo oggetto JSON ({ … }), ma contiene %1</translation>
    </message>
    <message>
        <source>is missing; add &quot;schema&quot;: &quot;%1&quot;</source>
        <translation>manca; aggiungi &quot;schema&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation>deve essere composto da 1–64 lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, senza iniziare con &apos;.&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a profile name</source>
        <translation>deve essere il nome di un profilo</translation>
    </message>
    <message>
        <source>uses {%1}, which is neither a parameter nor a sweep axis; add &quot;%1&quot; to &quot;parameters&quot; or write {{%1}} for literal braces</source>
        <translation>usa {%1}, che non è né un parametro né un asse dello sweep; aggiungi &quot;%1&quot; a &quot;parameters&quot; oppure scrivi {{%1}} per ottenere le graffe letterali</translation>
    </message>
    <message>
        <source>must be a whole number ≥ %1, got %2</source>
        <translation>deve essere un numero intero ≥ %1, ma è %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, got %3</source>
        <translation>deve essere un numero intero da %1 a %2, ma è %3</translation>
    </message>
    <message>
        <source>must not contain &apos;$&apos; (the cluster&apos;s shell would read it as a variable), got %1</source>
        <translation>non deve contenere &apos;$&apos; (la shell del cluster lo interpreterebbe come una variabile), ma è %1</translation>
    </message>
    <message>
        <source>contains a Windows line break (CR LF), which Slurm refuses in a batch script; remove the CR characters</source>
        <translation>contiene un a capo Windows (CR LF), che Slurm rifiuta in uno script batch; rimuovi i caratteri CR</translation>
    </message>
</context>
<context>
    <name>fab::FileFollower</name>
    <message>
        <source>internal error: data for offset %1 arrived while %2 was expected; the follow stopped so that no byte is lost or counted twice</source>
        <translation>errore interno: sono arrivati dati per l&apos;offset %1 mentre se ne attendevano per %2; la lettura si è fermata perché nessun byte vada perso o sia contato due volte</translation>
    </message>
</context>
<context>
    <name>fab::HistoryDb</name>
    <message>
        <source>cannot create the folder for the history database %1</source>
        <translation>impossibile creare la cartella per il database della cronologia %1</translation>
    </message>
    <message>
        <source>cannot open the history database %1: %2</source>
        <translation>impossibile aprire il database della cronologia %1: %2</translation>
    </message>
    <message>
        <source>the history database %1 is damaged or not a database (%2); move it aside and Fabbrica will start a new one</source>
        <translation>il database della cronologia %1 è danneggiato o non è un database (%2); spostalo altrove e Fabbrica ne creerà uno nuovo</translation>
    </message>
    <message>
        <source>cannot configure the history database %1: %2</source>
        <translation>impossibile configurare il database della cronologia %1: %2</translation>
    </message>
    <message>
        <source>the history database %1 was written by a newer Fabbrica (schema %2, this one knows %3); update Fabbrica</source>
        <translation>il database della cronologia %1 è stato scritto da una versione più recente di Fabbrica (schema %2, questa conosce lo schema %3); aggiorna Fabbrica</translation>
    </message>
    <message>
        <source>cannot upgrade the history database %1 to schema %2: %3</source>
        <translation>impossibile aggiornare il database della cronologia %1 allo schema %2: %3</translation>
    </message>
    <message>
        <source>no submission with token %1</source>
        <translation>nessuna sottomissione con token %1</translation>
    </message>
    <message>
        <source>cannot upgrade the history database %1: %2</source>
        <translation>impossibile aggiornare il database della cronologia %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::JobState</name>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>In completamento</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallito</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Ran out of time</source>
        <translation>Tempo esaurito</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>Memoria esaurita</translation>
    </message>
    <message>
        <source>Node failed</source>
        <translation>Guasto del nodo</translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation>Interrotto per prelazione</translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation>Rimesso in coda</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Node did not boot</source>
        <translation>Avvio del nodo non riuscito</translation>
    </message>
    <message>
        <source>Missed its deadline</source>
        <translation>Scadenza mancata</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
</context>
<context>
    <name>fab::LocalRunner</name>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>the command crashed or was killed</source>
        <translation>il comando è andato in crash o è stato terminato</translation>
    </message>
    <message>
        <source>could not start /bin/sh: %1</source>
        <translation>impossibile avviare /bin/sh: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s: %2</source>
        <translation>il comando non è terminato entro %1 s: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>impossibile copiare %1 in %2: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::LocalScheduler</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 into the run folder</source>
        <translation>impossibile copiare %1 nella cartella di esecuzione</translation>
    </message>
    <message>
        <source>another Fabbrica holds %1; try again</source>
        <translation>un&apos;altra istanza di Fabbrica sta usando %1; riprova</translation>
    </message>
    <message>
        <source>the experiment is not valid: %1</source>
        <translation>l&apos;esperimento non è valido: %1</translation>
    </message>
    <message>
        <source>/files/upload/%1: %2 not found in %3</source>
        <translation>/files/upload/%1: %2 non trovato in %3</translation>
    </message>
    <message>
        <source>Put the file beside the experiment, or remove it from the list of files to upload.</source>
        <translation>Metti il file accanto all&apos;esperimento, oppure toglilo dall&apos;elenco dei file da caricare.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>impossibile creare la cartella di esecuzione %1</translation>
    </message>
    <message>
        <source>the script could not be rendered</source>
        <translation>non è stato possibile generare lo script</translation>
    </message>
    <message>
        <source>cannot start the local runner: %1</source>
        <translation>impossibile avviare l&apos;esecutore locale: %1</translation>
    </message>
    <message>
        <source>%1 is not a job id of this computer</source>
        <translation>%1 non è un ID di job di questo computer</translation>
    </message>
    <message>
        <source>%1 has no readable job record</source>
        <translation>%1 non ha un record del job leggibile</translation>
    </message>
    <message>
        <source>the local runner stopped before this task finished (was the computer restarted?)</source>
        <translation>l&apos;esecutore locale si è fermato prima che questo task terminasse (il computer è stato riavviato?)</translation>
    </message>
    <message>
        <source>no job %1 on this computer</source>
        <translation>nessun job %1 su questo computer</translation>
    </message>
    <message>
        <source>no single job %1 on this computer</source>
        <translation>nessun job singolo %1 su questo computer</translation>
    </message>
    <message>
        <source>the log %1 does not exist yet</source>
        <translation>il log %1 non esiste ancora</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing was run</source>
        <translation>annullato prima di partire; non è stato eseguito nulla</translation>
    </message>
</context>
<context>
    <name>fab::MetricChart</name>
    <message>
        <source>wall time</source>
        <translation>wall time</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Grafico di %1</translation>
    </message>
    <message>
        <source>Drag to zoom, right-click to reset or export, hover for exact values</source>
        <translation>Trascina per ingrandire, clic destro per ripristinare o esportare, passa sopra con il mouse per i valori esatti</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>seconds since start</source>
        <translation>secondi dall&apos;avvio</translation>
    </message>
    <message>
        <source>%1 — step %2: %3</source>
        <translation>%1 — step %2: %3</translation>
    </message>
    <message>
        <source> (smoothed %1)</source>
        <translation> (smussato %1)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <source>Fabbrica metrics chart</source>
        <translation>Grafico delle metriche di Fabbrica</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Ripristina zoom</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Esporta PNG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Esporta SVG…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export CSV (all points)…</source>
        <translation>Esporta CSV (tutti i punti)…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>fab::MetricStore</name>
    <message>
        <source>Cannot record the metrics stream of job %1: %2</source>
        <translation>Impossibile registrare il flusso di metriche del job %1: %2</translation>
    </message>
    <message>
        <source>Cannot store metrics: %1</source>
        <translation>Impossibile salvare le metriche: %1</translation>
    </message>
    <message>
        <source>no stream %1</source>
        <translation>nessun flusso %1</translation>
    </message>
    <message>
        <source>the stored offset %1 is already past %2 (another reader of the same file?)</source>
        <translation>l&apos;offset salvato %1 è già oltre %2 (un altro lettore dello stesso file?)</translation>
    </message>
    <message>
        <source>Some stored metric blocks of stream %1 are damaged and were skipped.</source>
        <translation>Alcuni blocchi di metriche salvati del flusso %1 sono danneggiati e sono stati saltati.</translation>
    </message>
</context>
<context>
    <name>fab::MetricStream</name>
    <message>
        <source>The stored reading state of %1 cannot be used; clear its metrics to read it again.</source>
        <translation>Lo stato di lettura salvato di %1 non è utilizzabile; cancellane le metriche per rileggerlo.</translation>
    </message>
    <message>
        <source>No connection to read %1 from.</source>
        <translation>Nessuna connessione da cui leggere %1.</translation>
    </message>
</context>
<context>
    <name>fab::OpenSshKeys</name>
    <message>
        <source>not an OpenSSH certificate (expected a line starting with e.g. ssh-ed25519-cert-v01@openssh.com)</source>
        <translation>non è un certificato OpenSSH (attesa una riga che inizi, ad es., con ssh-ed25519-cert-v01@openssh.com)</translation>
    </message>
    <message>
        <source>the certificate is not valid base64</source>
        <translation>il certificato non è in base64 valido</translation>
    </message>
    <message>
        <source>the certificate&apos;s inner type does not match &quot;%1&quot;</source>
        <translation>il tipo interno del certificato non corrisponde a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unsupported certificate type %1</source>
        <translation>tipo di certificato non supportato %1</translation>
    </message>
    <message>
        <source>the certificate is damaged (cut short or with extra bytes)</source>
        <translation>il certificato è danneggiato (troncato o con byte in più)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
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
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::Reasons</name>
    <message>
        <source>Waiting for free nodes or GPUs: everything it needs is busy.</source>
        <translation>In attesa di nodi o GPU liberi: tutto ciò che gli serve è occupato.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when resources free up. Fewer GPUs or a shorter time limit may start sooner.</source>
        <translation>Non serve fare nulla; parte quando le risorse si liberano. Con meno GPU o un limite di tempo più breve potrebbe partire prima.</translation>
    </message>
    <message>
        <source>Waiting in line: jobs with a higher priority are ahead of it.</source>
        <translation>In coda: davanti ci sono job con priorità più alta.</translation>
    </message>
    <message>
        <source>Nothing to do; a shorter time limit lets the scheduler slot it into gaps (backfill).</source>
        <translation>Non serve fare nulla; un limite di tempo più breve permette allo scheduler di inserirlo nei buchi (backfill).</translation>
    </message>
    <message>
        <source>Your other jobs already use as many GPUs as this QOS allows one user.</source>
        <translation>Gli altri tuoi job usano già tutte le GPU che questa QOS consente a un singolo utente.</translation>
    </message>
    <message>
        <source>It starts when one of your running jobs ends; or ask for fewer GPUs.</source>
        <translation>Parte quando termina uno dei tuoi job in esecuzione; oppure chiedi meno GPU.</translation>
    </message>
    <message>
        <source>The account&apos;s GPU budget is used up (or too small for this job&apos;s whole time limit).</source>
        <translation>Il budget GPU dell&apos;account è esaurito (o insufficiente per l&apos;intero limite di tempo di questo job).</translation>
    </message>
    <message>
        <source>Check the allocation&apos;s hours left; shorten the time limit, use another account, or ask the project&apos;s PI for more hours.</source>
        <translation>Controlla le ore rimanenti dell&apos;allocazione; riduci il limite di tempo, usa un altro account o chiedi più ore al PI del progetto.</translation>
    </message>
    <message>
        <source>The account&apos;s CPU budget is used up (or too small for this job&apos;s whole time limit).</source>
        <translation>Il budget CPU dell&apos;account è esaurito (o insufficiente per l&apos;intero limite di tempo di questo job).</translation>
    </message>
    <message>
        <source>Shorten the time limit, use another account, or ask the project&apos;s PI for more hours.</source>
        <translation>Riduci il limite di tempo, usa un altro account o chiedi più ore al PI del progetto.</translation>
    </message>
    <message>
        <source>The account&apos;s budget (billing units) is used up.</source>
        <translation>Il budget dell&apos;account (unità di billing) è esaurito.</translation>
    </message>
    <message>
        <source>Use another account or ask the project&apos;s PI for more hours.</source>
        <translation>Usa un altro account o chiedi più ore al PI del progetto.</translation>
    </message>
    <message>
        <source>You already run as many jobs as your account allows at once.</source>
        <translation>Stai già eseguendo tutti i job contemporanei che il tuo account consente.</translation>
    </message>
    <message>
        <source>It starts when one of your running jobs ends.</source>
        <translation>Parte quando termina uno dei tuoi job in esecuzione.</translation>
    </message>
    <message>
        <source>The account&apos;s members already run as many jobs as it allows at once.</source>
        <translation>I membri dell&apos;account eseguono già tutti i job contemporanei che l&apos;account consente.</translation>
    </message>
    <message>
        <source>It starts when one of the account&apos;s running jobs ends.</source>
        <translation>Parte quando termina uno dei job in esecuzione dell&apos;account.</translation>
    </message>
    <message>
        <source>You already run as many jobs as this QOS allows one user.</source>
        <translation>Stai già eseguendo tutti i job che questa QOS consente a un singolo utente.</translation>
    </message>
    <message>
        <source>Nodes it could use are down, drained or reserved (often for maintenance).</source>
        <translation>I nodi che potrebbe usare sono down, in drain o riservati (spesso per manutenzione).</translation>
    </message>
    <message>
        <source>If a maintenance is announced, a time limit that ends before it lets the job start now.</source>
        <translation>Se è annunciata una manutenzione, un limite di tempo che finisce prima permette al job di partire subito.</translation>
    </message>
    <message>
        <source>Waiting for another job it depends on to finish.</source>
        <translation>In attesa che finisca un altro job da cui dipende.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts after that job.</source>
        <translation>Non serve fare nulla; parte dopo quel job.</translation>
    </message>
    <message>
        <source>The job it depends on ended in a way that means this one can never start.</source>
        <translation>Il job da cui dipende è terminato in un modo che impedisce a questo di partire.</translation>
    </message>
    <message>
        <source>Cancel it and submit again once the job it needs has succeeded.</source>
        <translation>Annullalo e sottomettilo di nuovo quando il job da cui dipende sarà riuscito.</translation>
    </message>
    <message>
        <source>Held by you: it will not start until released.</source>
        <translation>Messo in hold da te: non partirà finché non lo rilasci.</translation>
    </message>
    <message>
        <source>Release it (scontrol release JOBID) or cancel it.</source>
        <translation>Rilascialo (scontrol release JOBID) o annullalo.</translation>
    </message>
    <message>
        <source>Held by the cluster&apos;s administrators.</source>
        <translation>Messo in hold dagli amministratori del cluster.</translation>
    </message>
    <message>
        <source>Ask the site&apos;s support why; you cannot release it yourself.</source>
        <translation>Chiedi il motivo al supporto del centro; non puoi rilasciarlo tu.</translation>
    </message>
    <message>
        <source>Its time limit is longer than the partition allows: it will never start there.</source>
        <translation>Il suo limite di tempo supera quello consentito dalla partizione: lì non partirà mai.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a shorter time limit or to a partition with longer jobs.</source>
        <translation>Annullalo e sottomettilo con un limite di tempo più breve o su una partizione che accetta job più lunghi.</translation>
    </message>
    <message>
        <source>Its time limit is longer than the QOS allows: it will never start with this QOS.</source>
        <translation>Il suo limite di tempo supera quello consentito dalla QOS: con questa QOS non partirà mai.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a shorter time limit or another QOS.</source>
        <translation>Annullalo e sottomettilo con un limite di tempo più breve o con un&apos;altra QOS.</translation>
    </message>
    <message>
        <source>Asked not to start before a given time.</source>
        <translation>Richiesto di non partire prima di un certo orario.</translation>
    </message>
    <message>
        <source>Nothing to do; it becomes eligible at that time.</source>
        <translation>Non serve fare nulla; diventa eseguibile a quell&apos;ora.</translation>
    </message>
    <message>
        <source>It asks for more (or fewer) nodes than the partition allows per job.</source>
        <translation>Chiede più (o meno) nodi di quanti la partizione ne consenta per job.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a node count the partition accepts.</source>
        <translation>Annullalo e sottomettilo con un numero di nodi accettato dalla partizione.</translation>
    </message>
    <message>
        <source>The partition is down.</source>
        <translation>La partizione è down.</translation>
    </message>
    <message>
        <source>Wait for the site to bring it back, or use another partition.</source>
        <translation>Attendi che il centro la rimetta in funzione, oppure usa un&apos;altra partizione.</translation>
    </message>
    <message>
        <source>The partition is inactive and starts no jobs.</source>
        <translation>La partizione è inattiva e non avvia job.</translation>
    </message>
    <message>
        <source>Use another partition.</source>
        <translation>Usa un&apos;altra partizione.</translation>
    </message>
    <message>
        <source>Waiting for its reservation to begin.</source>
        <translation>In attesa che inizi la sua prenotazione (reservation).</translation>
    </message>
    <message>
        <source>Nothing to do; it starts within the reservation.</source>
        <translation>Non serve fare nulla; parte all&apos;interno della reservation.</translation>
    </message>
    <message>
        <source>The array already runs as many tasks at once as its limit (%N) allows.</source>
        <translation>L&apos;array esegue già tanti task contemporanei quanti ne consente il suo limite (%N).</translation>
    </message>
    <message>
        <source>Nothing to do; the next task starts when one ends.</source>
        <translation>Non serve fare nulla; il task successivo parte quando ne termina uno.</translation>
    </message>
    <message>
        <source>The account is not valid (any more) for you.</source>
        <translation>L&apos;account non è (più) valido per te.</translation>
    </message>
    <message>
        <source>Cancel it and submit with an account you belong to.</source>
        <translation>Annullalo e sottomettilo con un account di cui fai parte.</translation>
    </message>
    <message>
        <source>The QOS is not valid for this account.</source>
        <translation>La QOS non è valida per questo account.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a QOS your account may use.</source>
        <translation>Annullalo e sottomettilo con una QOS che il tuo account può usare.</translation>
    </message>
    <message>
        <source>No node matches what it asks for.</source>
        <translation>Nessun nodo corrisponde a ciò che richiede.</translation>
    </message>
    <message>
        <source>Cancel it and check GPUs per node, memory and CPUs against the partition.</source>
        <translation>Annullalo e confronta GPU per nodo, memoria e CPU con quelle della partizione.</translation>
    </message>
    <message>
        <source>Starting it failed on a node; Slurm put it back in the queue and held it.</source>
        <translation>L&apos;avvio su un nodo non è riuscito; Slurm l&apos;ha rimesso in coda e messo in hold.</translation>
    </message>
    <message>
        <source>Release it to try again; tell the site&apos;s support if it keeps happening.</source>
        <translation>Rilascialo per riprovare; avvisa il supporto del centro se continua a succedere.</translation>
    </message>
    <message>
        <source>A node it needs is down.</source>
        <translation>Un nodo che gli serve è down.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when the node is back.</source>
        <translation>Non serve fare nulla; parte quando il nodo torna disponibile.</translation>
    </message>
    <message>
        <source>Waiting for a software licence.</source>
        <translation>In attesa di una licenza software.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when a licence is free.</source>
        <translation>Non serve fare nulla; parte quando si libera una licenza.</translation>
    </message>
    <message>
        <source>The node is preparing the job (prolog running).</source>
        <translation>Il nodo sta preparando il job (prolog in esecuzione).</translation>
    </message>
    <message>
        <source>Slurm is cleaning up after a previous run before requeueing it.</source>
        <translation>Slurm sta facendo pulizia dopo un&apos;esecuzione precedente prima di rimetterlo in coda.</translation>
    </message>
    <message>
        <source>The cluster does not know this account, or the account may not use this partition.</source>
        <translation>Il cluster non conosce questo account, oppure l&apos;account non può usare questa partizione.</translation>
    </message>
    <message>
        <source>Pick an account from the allocations list (sacctmgr show assoc lists yours) and check the partition.</source>
        <translation>Scegli un account dall&apos;elenco delle allocazioni (sacctmgr show assoc elenca i tuoi) e controlla la partizione.</translation>
    </message>
    <message>
        <source>There is no partition with this name on the cluster.</source>
        <translation>Sul cluster non esiste una partizione con questo nome.</translation>
    </message>
    <message>
        <source>Pick a partition from the cluster&apos;s list (sinfo shows them).</source>
        <translation>Scegli una partizione dall&apos;elenco del cluster (sinfo le mostra).</translation>
    </message>
    <message>
        <source>No node in the partition has what the job asks for (GPUs per node, CPUs or memory).</source>
        <translation>Nessun nodo della partizione ha ciò che il job richiede (GPU per nodo, CPU o memoria).</translation>
    </message>
    <message>
        <source>Ask for at most the GPUs, CPUs and memory one node of this partition has.</source>
        <translation>Chiedi al massimo le GPU, le CPU e la memoria di un nodo di questa partizione.</translation>
    </message>
    <message>
        <source>The job breaks a limit of the account or QOS (size, time, number of jobs), or no account was given.</source>
        <translation>Il job supera un limite dell&apos;account o della QOS (dimensione, tempo, numero di job), oppure non è stato indicato alcun account.</translation>
    </message>
    <message>
        <source>Set an account (some sites require one), and check the QOS&apos;s limits on time, GPUs and jobs.</source>
        <translation>Imposta un account (alcuni centri lo richiedono) e controlla i limiti della QOS su tempo, GPU e job.</translation>
    </message>
    <message>
        <source>The GPU (or other GRES) request names something the cluster does not have.</source>
        <translation>La richiesta di GPU (o di altre GRES) indica qualcosa che il cluster non ha.</translation>
    </message>
    <message>
        <source>Use plain GPU counts, or a GPU type the partition lists.</source>
        <translation>Usa semplici numeri di GPU, o un tipo di GPU elencato dalla partizione.</translation>
    </message>
    <message>
        <source>The time limit is missing or longer than the partition or QOS allows.</source>
        <translation>Il limite di tempo manca o supera quello consentito dalla partizione o dalla QOS.</translation>
    </message>
    <message>
        <source>Set a time limit within the partition&apos;s maximum.</source>
        <translation>Imposta un limite di tempo entro il massimo della partizione.</translation>
    </message>
    <message>
        <source>The QOS does not exist or the account may not use it.</source>
        <translation>La QOS non esiste oppure l&apos;account non può usarla.</translation>
    </message>
    <message>
        <source>Pick a QOS listed for your account (sacctmgr show assoc).</source>
        <translation>Scegli una QOS elencata per il tuo account (sacctmgr show assoc).</translation>
    </message>
    <message>
        <source>This account may not use this partition.</source>
        <translation>Questo account non può usare questa partizione.</translation>
    </message>
    <message>
        <source>Use the account that goes with the partition (GPU budgets are often separate accounts).</source>
        <translation>Usa l&apos;account associato alla partizione (i budget GPU sono spesso account separati).</translation>
    </message>
    <message>
        <source>The job array is larger than the cluster allows (MaxArraySize) or malformed.</source>
        <translation>Il job array è più grande di quanto il cluster consenta (MaxArraySize) oppure è malformato.</translation>
    </message>
    <message>
        <source>Fabbrica splits large sweeps by MaxArraySize; refresh the cluster&apos;s settings and submit again.</source>
        <translation>Fabbrica divide gli sweep grandi in base a MaxArraySize; aggiorna le impostazioni del cluster e sottometti di nuovo.</translation>
    </message>
    <message>
        <source>The cluster refused the job.</source>
        <translation>Il cluster ha rifiutato il job.</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s message for the reason.</source>
        <translation>Leggi il messaggio del cluster per conoscerne il motivo.</translation>
    </message>
    <message>
        <source>The job asks for more CPUs than the partition allows.</source>
        <translation>Il job chiede più CPU di quante la partizione ne consenta.</translation>
    </message>
    <message>
        <source>Lower CPUs per task or the node count.</source>
        <translation>Riduci le CPU per task o il numero di nodi.</translation>
    </message>
    <message>
        <source>The job asks for more memory than a node has.</source>
        <translation>Il job chiede più memoria di quella di un nodo.</translation>
    </message>
    <message>
        <source>Lower the memory request.</source>
        <translation>Riduci la memoria richiesta.</translation>
    </message>
    <message>
        <source>The partition does not accept this many nodes per job.</source>
        <translation>La partizione non accetta così tanti nodi per job.</translation>
    </message>
    <message>
        <source>Lower the node count.</source>
        <translation>Riduci il numero di nodi.</translation>
    </message>
    <message>
        <source>You already have as many jobs queued as you may.</source>
        <translation>Hai già in coda tutti i job consentiti.</translation>
    </message>
    <message>
        <source>Wait for some to finish, or cancel some.</source>
        <translation>Attendi che alcuni terminino, oppure annullane qualcuno.</translation>
    </message>
    <message>
        <source>The cluster&apos;s scheduler did not answer.</source>
        <translation>Lo scheduler del cluster non ha risposto.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; the site may be in maintenance.</source>
        <translation>Riprova tra qualche minuto; il centro potrebbe essere in manutenzione.</translation>
    </message>
    <message>
        <source>The script has Windows line endings.</source>
        <translation>Lo script ha terminatori di riga Windows.</translation>
    </message>
    <message>
        <source>Save it with Unix line endings.</source>
        <translation>Salvalo con terminatori di riga Unix.</translation>
    </message>
    <message>
        <source>No reason given: the scheduler has not looked at it yet.</source>
        <translation>Nessun motivo indicato: lo scheduler non l&apos;ha ancora esaminato.</translation>
    </message>
    <message>
        <source>A budget of the account is used up (%1).</source>
        <translation>Un budget dell&apos;account è esaurito (%1).</translation>
    </message>
    <message>
        <source>A budget of the QOS is used up (%1).</source>
        <translation>Un budget della QOS è esaurito (%1).</translation>
    </message>
    <message>
        <source>A limit of the account is reached (%1).</source>
        <translation>È stato raggiunto un limite dell&apos;account (%1).</translation>
    </message>
    <message>
        <source>A limit of the QOS is reached (%1).</source>
        <translation>È stato raggiunto un limite della QOS (%1).</translation>
    </message>
    <message>
        <source>It starts when other jobs end or the limit is raised; smaller or shorter jobs may fit sooner.</source>
        <translation>Parte quando altri job terminano o il limite viene alzato; job più piccoli o più brevi potrebbero rientrare prima.</translation>
    </message>
    <message>
        <source>Waiting: Slurm says &quot;%1&quot;.</source>
        <translation>In attesa: Slurm indica &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The cluster refused the job: %1</source>
        <translation>Il cluster ha rifiutato il job: %1</translation>
    </message>
    <message>
        <source>The Slurm controller does not answer; it may be restarting.</source>
        <translation>Il controller di Slurm non risponde; potrebbe essere in fase di riavvio.</translation>
    </message>
    <message>
        <source>Jobs keep running meanwhile; Fabbrica asks again by itself.</source>
        <translation>Nel frattempo i job continuano a girare; Fabbrica riprova da sola.</translation>
    </message>
    <message>
        <source>The Slurm accounting database does not answer: finished jobs, accounts and usage cannot be read just now.</source>
        <translation>Il database di accounting di Slurm non risponde: al momento non è possibile leggere job terminati, account e utilizzo.</translation>
    </message>
    <message>
        <source>Running jobs are not affected; Fabbrica asks again at the next refresh.</source>
        <translation>I job in esecuzione non ne risentono; Fabbrica riprova al prossimo aggiornamento.</translation>
    </message>
    <message>
        <source>%1 (Slurm said: %2)</source>
        <translation>%1 (Slurm ha indicato: %2)</translation>
    </message>
</context>
<context>
    <name>fab::ResourceKind</name>
    <message>
        <source>GPU-hours</source>
        <translation>ore GPU</translation>
    </message>
    <message>
        <source>CPU-hours</source>
        <translation>ore CPU</translation>
    </message>
    <message>
        <source>core-hours</source>
        <translation>ore core</translation>
    </message>
    <message>
        <source>node-hours</source>
        <translation>ore nodo</translation>
    </message>
    <message>
        <source>local hours (equivalent core-hours)</source>
        <translation>ore locali (ore core equivalenti)</translation>
    </message>
    <message>
        <source>billing hours</source>
        <translation>ore di billing</translation>
    </message>
    <message>
        <source>TB-hours</source>
        <translation>ore TB</translation>
    </message>
    <message>
        <source>unknown unit</source>
        <translation>unità sconosciuta</translation>
    </message>
</context>
<context>
    <name>fab::RunnerCalls</name>
    <message>
        <source>no connection</source>
        <translation>nessuna connessione</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>la connessione non c&apos;è più</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>la richiesta è stata annullata</translation>
    </message>
    <message>
        <source>no byte moved for %1 s (the connection is probably down), so the upload was stopped</source>
        <translation>nessun byte trasferito per %1 s (probabilmente la connessione è caduta), quindi il caricamento è stato interrotto</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
</context>
<context>
    <name>fab::Scheduler</name>
    <message>
        <source>runs on %1: no allocation is spent</source>
        <translation>viene eseguito su %1: non si consuma alcuna allocazione</translation>
    </message>
    <message>
        <source>%1 cannot put job %2 back in the queue; submit the experiment again</source>
        <translation>%1 non può rimettere in coda il job %2; sottometti di nuovo l&apos;esperimento</translation>
    </message>
    <message>
        <source>%1 cannot look up the interrupted submission %2</source>
        <translation>%1 non può cercare la sottomissione interrotta %2</translation>
    </message>
</context>
<context>
    <name>fab::SlurmScheduler</name>
    <message>
        <source>the profile&apos;s work folder &quot;%1&quot; must start with /, ~ or a variable such as $SCRATCH</source>
        <translation>la cartella di lavoro del profilo &quot;%1&quot; deve iniziare con /, ~ o una variabile come $SCRATCH</translation>
    </message>
    <message>
        <source>the work folder %1 uses $%2, which is not set on %3</source>
        <translation>la cartella di lavoro %1 usa $%2, che non è impostata su %3</translation>
    </message>
    <message>
        <source>the experiment is not valid: %1</source>
        <translation>l&apos;esperimento non è valido: %1</translation>
    </message>
    <message>
        <source>the script could not be rendered</source>
        <translation>non è stato possibile generare lo script</translation>
    </message>
    <message>
        <source>/files/upload/%1: %2 not found in %3</source>
        <translation>/files/upload/%1: %2 non trovato in %3</translation>
    </message>
    <message>
        <source>Put the file beside the experiment, or remove it from the list of files to upload.</source>
        <translation>Metti il file accanto all&apos;esperimento, oppure toglilo dall&apos;elenco dei file da caricare.</translation>
    </message>
    <message>
        <source>cannot create the run folder %1 on %2: %3</source>
        <translation>impossibile creare la cartella di esecuzione %1 su %2: %3</translation>
    </message>
    <message>
        <source>uploading %1 failed: %2</source>
        <translation>caricamento di %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>impossibile scrivere %1 su %2: %3</translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation>sbatch ha rifiutato il job: %1</translation>
    </message>
    <message>
        <source>Arrays already submitted: %1.</source>
        <translation>Array già sottomessi: %1.</translation>
    </message>
    <message>
        <source>squeue failed: %1</source>
        <translation>squeue non riuscito: %1</translation>
    </message>
    <message>
        <source>sacct failed: %1</source>
        <translation>sacct non riuscito: %1</translation>
    </message>
    <message>
        <source>scancel %1 failed: %2</source>
        <translation>scancel %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>requeue of %1 refused: %2</source>
        <translation>rimessa in coda di %1 rifiutata: %2</translation>
    </message>
    <message>
        <source>the log of job %1 cannot be found: Slurm no longer knows the job and it was not submitted from here</source>
        <translation>impossibile trovare il log del job %1: Slurm non conosce più il job e non è stato sottomesso da qui</translation>
    </message>
    <message>
        <source>sshare failed: %1</source>
        <translation>sshare non riuscito: %1</translation>
    </message>
    <message>
        <source>the budget tool %1 gave no readable answer: %2</source>
        <translation>lo strumento di budget %1 non ha dato una risposta leggibile: %2</translation>
    </message>
    <message>
        <source>sinfo failed: %1</source>
        <translation>sinfo non riuscito: %1</translation>
    </message>
    <message>
        <source>the partition &quot;%1&quot; does not exist on %2</source>
        <translation>la partizione &quot;%1&quot; non esiste su %2</translation>
    </message>
    <message>
        <source>Partitions here: %1.</source>
        <translation>Partizioni disponibili: %1.</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is not yours on %2: %3</source>
        <translation>l&apos;account &quot;%1&quot; non è tuo su %2: %3</translation>
    </message>
    <message>
        <source>Accounts you can charge: %1.</source>
        <translation>Account su cui puoi addebitare: %1.</translation>
    </message>
    <message>
        <source>the accounts could not be checked: %1</source>
        <translation>non è stato possibile verificare gli account: %1</translation>
    </message>
    <message>
        <source>no account is set, so the budget cannot be checked</source>
        <translation>nessun account impostato, quindi non è possibile verificare il budget</translation>
    </message>
    <message>
        <source>no budget was found for the account &quot;%1&quot;</source>
        <translation>nessun budget trovato per l&apos;account &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Slurm would refuse this job: %1</source>
        <translation>Slurm rifiuterebbe questo job: %1</translation>
    </message>
    <message>
        <source>Nothing was submitted. The unfinished copy is %1; submitting again starts a new run folder.</source>
        <translation>Non è stato sottomesso nulla. La copia incompleta è %1; sottomettendo di nuovo si crea una nuova cartella di esecuzione.</translation>
    </message>
    <message numerus="yes">
        <source>The link dropped %n time(s) while %1 was uploaded; the upload went on where it stopped.</source>
        <translation>
            <numerusform>Il collegamento è caduto %n volta durante il caricamento di %1; il caricamento è ripreso da dove si era interrotto.</numerusform>
            <numerusform>Il collegamento è caduto %n volte durante il caricamento di %1; il caricamento è ripreso da dove si era interrotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot put %1 in place on %2: %3</source>
        <translation>impossibile spostare %1 nella posizione definitiva su %2: %3</translation>
    </message>
    <message>
        <source>not submitted: %1</source>
        <translation>non sottomesso: %1</translation>
    </message>
    <message>
        <source>The link dropped while sbatch ran; its answer (job %1) was read back from the run folder, so the job was submitted once.</source>
        <translation>Il collegamento è caduto durante l&apos;esecuzione di sbatch; la sua risposta (job %1) è stata riletta dalla cartella di esecuzione, quindi il job è stato sottomesso una sola volta.</translation>
    </message>
    <message>
        <source>it is not known whether %1 was submitted: sbatch&apos;s answer was lost (%2), and no job carrying its token was found. It was not sent again.</source>
        <translation>non si sa se %1 sia stato sottomesso: la risposta di sbatch è andata persa (%2) e non è stato trovato alcun job con il suo token. Non è stato inviato di nuovo.</translation>
    </message>
    <message>
        <source>Fabbrica looks for it again when the connection is back; squeue and sacct show it with the comment %1.</source>
        <translation>Fabbrica lo cercherà di nuovo quando la connessione tornerà; squeue e sacct lo mostrano con il commento %1.</translation>
    </message>
    <message>
        <source>The answer of sbatch was lost; job %1 was found by its token, so it was not submitted again.</source>
        <translation>La risposta di sbatch è andata persa; il job %1 è stato trovato tramite il suo token, quindi non è stato sottomesso di nuovo.</translation>
    </message>
    <message>
        <source>%1 was not submitted: Fabbrica stopped before sending it to Slurm</source>
        <translation>%1 non è stato sottomesso: Fabbrica si è fermata prima di inviarlo a Slurm</translation>
    </message>
    <message>
        <source>it is still not known whether %1 was submitted: %2</source>
        <translation>non si sa ancora se %1 sia stato sottomesso: %2</translation>
    </message>
    <message>
        <source>Fabbrica looks again later; squeue and sacct show the job with the comment %1.</source>
        <translation>Fabbrica riproverà più tardi; squeue e sacct mostrano il job con il commento %1.</translation>
    </message>
    <message>
        <source>%1 was not submitted: no job carries its token</source>
        <translation>%1 non è stato sottomesso: nessun job porta il suo token</translation>
    </message>
    <message>
        <source>%1 was submitted only in part (jobs %2); the rest never reached Slurm</source>
        <translation>%1 è stato sottomesso solo in parte (job %2); il resto non è mai arrivato a Slurm</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Caricamento di %1</translation>
    </message>
    <message>
        <source>Writing the job script</source>
        <translation>Scrittura dello script del job</translation>
    </message>
    <message>
        <source>cancelled before anything was sent to Slurm; nothing was submitted</source>
        <translation>annullato prima che qualcosa fosse inviato a Slurm; non è stato inviato nulla</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n of %1 arrays were submitted</source>
        <translation>
            <numerusform>annullato dopo l&apos;invio di %n array su %1</numerusform>
            <numerusform>annullato dopo l&apos;invio di %n array su %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting to Slurm</source>
        <translation>Invio a Slurm</translation>
    </message>
    <message>
        <source>Submitting array %1 of %2</source>
        <translation>Invio dell&apos;array %1 di %2</translation>
    </message>
</context>
<context>
    <name>fab::SshConfig</name>
    <message>
        <source>unterminated quote</source>
        <translation>virgolette non chiuse</translation>
    </message>
    <message>
        <source>too many jump hosts (%1); at most 16</source>
        <translation>troppi jump host (%1); al massimo 16</translation>
    </message>
    <message>
        <source>empty jump host in &quot;%1&quot;</source>
        <translation>jump host vuoto in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid user name in jump host &quot;%1&quot;</source>
        <translation>nome utente non valido nel jump host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; in jump host &quot;%1&quot;</source>
        <translation>&apos;]&apos; mancante nel jump host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in jump host &quot;%1&quot;</source>
        <translation>testo inatteso dopo &apos;]&apos; nel jump host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid host name in jump host &quot;%1&quot;</source>
        <translation>nome host non valido nel jump host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; in jump host; use 1–65535</source>
        <translation>porta &quot;%1&quot; non valida nel jump host; usa 1–65535</translation>
    </message>
    <message>
        <source>%1: larger than 4 MB; the rest is ignored</source>
        <translation>%1: più grande di 4 MB; il resto viene ignorato</translation>
    </message>
    <message>
        <source>%1: line longer than 64 kB ignored</source>
        <translation>%1: riga più lunga di 64 kB ignorata</translation>
    </message>
    <message>
        <source>%1: Host without a pattern never matches</source>
        <translation>%1: un Host senza pattern non corrisponde mai</translation>
    </message>
    <message>
        <source>%1: Match %2 is not supported; the block is skipped</source>
        <translation>%1: Match %2 non è supportato; il blocco viene saltato</translation>
    </message>
    <message>
        <source>%1: Include nested more than %2 deep ignored</source>
        <translation>%1: Include annidato a più di %2 livelli ignorato</translation>
    </message>
    <message>
        <source>%1: more than %2 included files; the rest are ignored</source>
        <translation>%1: più di %2 file inclusi; i restanti vengono ignorati</translation>
    </message>
    <message>
        <source>%1: too many lines; the rest is ignored</source>
        <translation>%1: troppe righe; il resto viene ignorato</translation>
    </message>
    <message>
        <source>%1: ProxyCommand is not used by Fabbrica; use ProxyJump</source>
        <translation>%1: ProxyCommand non è usato da Fabbrica; usa ProxyJump</translation>
    </message>
</context>
<context>
    <name>fab::Submission</name>
    <message>
        <source>not submitted: the history cannot be written (%1)</source>
        <translation>non sottomesso: impossibile scrivere la cronologia (%1)</translation>
    </message>
    <message>
        <source>The job was submitted, but the history could not record it: %1</source>
        <translation>Il job è stato sottomesso, ma la cronologia non ha potuto registrarlo: %1</translation>
    </message>
    <message>
        <source>the history cannot be written (%1)</source>
        <translation>impossibile scrivere la cronologia (%1)</translation>
    </message>
    <message>
        <source>%1 was not submitted: Fabbrica stopped before sending it to Slurm</source>
        <translation>%1 non è stato sottomesso: Fabbrica si è fermata prima di inviarlo a Slurm</translation>
    </message>
    <message>
        <source>%1 had been submitted after all, as job %2; its answer had been lost on the way.</source>
        <translation>%1 era stato sottomesso comunque, come job %2; la risposta si era persa per strada.</translation>
    </message>
</context>
<context>
    <name>fab::Sweep</name>
    <message>
        <source>has no axes; add one such as &quot;lr&quot;: [1e-4, 3e-4]</source>
        <translation>non ha assi; aggiungine uno come &quot;lr&quot;: [1e-4, 3e-4]</translation>
    </message>
    <message>
        <source>must be a non-empty list of values</source>
        <translation>deve essere una lista di valori non vuota</translation>
    </message>
    <message>
        <source>must be at least 1 for a random sweep</source>
        <translation>deve essere almeno 1 per uno sweep casuale</translation>
    </message>
    <message>
        <source>have more than %1 combinations; a random sweep draws from at most that many</source>
        <translation>danno più di %1 combinazioni; uno sweep casuale può estrarre al massimo da %1 combinazioni</translation>
    </message>
    <message>
        <source>asks for %1 different combinations but the axes have only %2; lower it or use &quot;mode&quot;: &quot;grid&quot;</source>
        <translation>chiede %1 combinazioni diverse ma gli assi ne hanno solo %2; abbassalo oppure usa &quot;mode&quot;: &quot;grid&quot;</translation>
    </message>
    <message>
        <source>make more than %1 tasks; split the sweep or use &quot;mode&quot;: &quot;random&quot; with fewer samples</source>
        <translation>producono più di %1 task; dividi lo sweep oppure usa &quot;mode&quot;: &quot;random&quot; con meno campioni</translation>
    </message>
</context>
<context>
    <name>fab::WorkshopBundle</name>
    <message>
        <source>must be a list of files, got %1</source>
        <translation>deve essere una lista di file, ma è %1</translation>
    </message>
    <message>
        <source>must be an object with &quot;path&quot; and &quot;base64&quot; text</source>
        <translation>deve essere un oggetto con testo &quot;path&quot; e &quot;base64&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe relative path (no leading /, no .., no \ or :)</source>
        <translation>&quot;%1&quot; non è un percorso relativo sicuro (niente / iniziale, niente .., niente \ o :)</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>non è in base64 valido</translation>
    </message>
    <message>
        <source>the bundle is %1 MB; Fabbrica opens bundles up to %2 MB</source>
        <translation>il pacchetto è di %1 MB; Fabbrica apre pacchetti fino a %2 MB</translation>
    </message>
    <message>
        <source>is not a workshop bundle (expected a JSON object)</source>
        <translation>non è un pacchetto del workshop (atteso un oggetto JSON)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, got %2 (a bundle from a newer Fabbrica? Update Fabbrica.)</source>
        <translation>deve essere &quot;%1&quot;, ma è %2 (un pacchetto di una versione più recente di Fabbrica? Aggiorna Fabbrica.)</translation>
    </message>
    <message>
        <source>is missing; a bundle needs a title</source>
        <translation>manca; un pacchetto deve avere un titolo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Slurm reservation name (letters, digits, _ . -)</source>
        <translation>&quot;%1&quot; non è un nome di reservation Slurm (lettere, cifre, _ . -)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve essere una lista</translation>
    </message>
    <message>
        <source>&quot;this-computer&quot; is built in</source>
        <translation>&quot;this-computer&quot; è un profilo integrato</translation>
    </message>
    <message>
        <source>must be an object with an &quot;experiment&quot;</source>
        <translation>deve essere un oggetto con un &quot;experiment&quot;</translation>
    </message>
    <message>
        <source>the bundle holds %1 files; at most %2 are allowed</source>
        <translation>il pacchetto contiene %1 file; ne sono ammessi al massimo %2</translation>
    </message>
    <message>
        <source>%1 not found beside the experiment</source>
        <translation>%1 non trovato accanto all&apos;esperimento</translation>
    </message>
    <message>
        <source>the files of %1 are %2 MB together; a bundle holds at most %3 MB. Put large data sets on the cluster instead.</source>
        <translation>i file di %1 occupano in tutto %2 MB; un pacchetto può contenere al massimo %3 MB. Metti piuttosto i dataset grandi sul cluster.</translation>
    </message>
    <message>
        <source>refused to write %1 outside %2</source>
        <translation>scrittura di %1 fuori da %2 rifiutata</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
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
Motore locale: %3</translation>
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
        <translation>Dove eseguire</translation>
    </message>
    <message>
        <source>Cluster profiles</source>
        <translation>Profili dei cluster</translation>
    </message>
    <message>
        <source>Add a cluster by saving its profile in %1</source>
        <translation>Aggiungi un cluster salvandone il profilo in %1</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>&amp;Esperimenti</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>Me&amp;triche</translation>
    </message>
    <message>
        <source>&amp;Allocations</source>
        <translation>&amp;Allocazioni</translation>
    </message>
    <message>
        <source>&amp;Local runs</source>
        <translation>Esecuzioni &amp;locali</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Stato della connessione</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>&amp;Apri esperimento…</translation>
    </message>
    <message>
        <source>&amp;Reload profiles</source>
        <translation>&amp;Ricarica profili</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>&amp;About Fabbrica</source>
        <translation>&amp;Informazioni su Fabbrica</translation>
    </message>
    <message>
        <source>About Fabbrica</source>
        <translation>Informazioni su Fabbrica</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Europe&apos;s AI Factories: browse allocations, edit experiments, submit to Slurm over SSH, watch training live, and fine-tune locally first.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Un banco di lavoro desktop per le AI Factory europee: consulta le allocazioni, modifica gli esperimenti, sottometti a Slurm via SSH, segui l&apos;addestramento in tempo reale e fai prima il fine-tuning in locale.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Profile cannot be read</source>
        <translation>Impossibile leggere il profilo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This computer has no budget to spend: experiments run on your own machine, for free. Pick a cluster on the left to see its projects&apos; GPU- and CPU-hours.</source>
        <translation>Questo computer non ha un budget da consumare: gli esperimenti girano sulla tua macchina, gratis. Scegli un cluster a sinistra per vedere le ore GPU e CPU dei suoi progetti.</translation>
    </message>
    <message>
        <source>%1 — Fabbrica</source>
        <translation>%1 — Fabbrica</translation>
    </message>
    <message>
        <source>&amp;Submit experiment</source>
        <translation>&amp;Sottometti esperimento</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Submit experiment</source>
        <translation>Sottometti esperimento</translation>
    </message>
    <message>
        <source>Open a valid experiment first (File ▸ Open experiment…).</source>
        <translation>Apri prima un esperimento valido (File ▸ Apri esperimento…).</translation>
    </message>
    <message>
        <source>Submitting %1 to %2…</source>
        <translation>Sottomissione di %1 su %2…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non sottomesso</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Non sottomesso: %1</translation>
    </message>
    <message numerus="yes">
        <source>Submitted as job %1 (%n task(s)); files in %2</source>
        <translation>
            <numerusform>Sottomesso come job %1 (%n task); file in %2</numerusform>
            <numerusform>Sottomesso come job %1 (%n task); file in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Local run %1 finished</source>
        <translation>Esecuzione locale %1 completata</translation>
    </message>
    <message>
        <source>Local run %1 ended: %2</source>
        <translation>Esecuzione locale %1 terminata: %2</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>Open the SSH connection of the selected cluster (Fabbrica never connects on its own)</source>
        <translation>Apre la connessione SSH del cluster selezionato (Fabbrica non si connette mai da sola)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifica profilo…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuovo profilo…</translation>
    </message>
    <message>
        <source>Budgets of %1 appear here once Fabbrica is connected (Cluster ▸ Connect): granted, used and left per project, and when the budget runs out at the current pace.</source>
        <translation>I budget di %1 compaiono qui quando Fabbrica è connessa (Cluster ▸ Connetti): assegnato, usato e rimanente per progetto, e quando il budget si esaurirà al ritmo attuale.</translation>
    </message>
    <message>
        <source>Pick where to run it on the left first.</source>
        <translation>Scegli prima a sinistra dove eseguirlo.</translation>
    </message>
    <message>
        <source>Connect to %1 first: Fabbrica needs its SSH connection to check the budget and submit.</source>
        <translation>Connettiti prima a %1: Fabbrica ha bisogno della connessione SSH per verificare il budget e sottomettere.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>Checking the cost of %1 on %2…</source>
        <translation>Verifica del costo di %1 su %2…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cost:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Budget:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Costo:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Budget:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expected start:&lt;/b&gt; %1 (Slurm&apos;s estimate)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Avvio previsto:&lt;/b&gt; %1 (stima di Slurm)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot submit to %1</source>
        <translation>Impossibile sottomettere a %1</translation>
    </message>
    <message>
        <source>Submit %1 to %2?</source>
        <translation>Sottomettere %1 a %2?</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Sottometti comunque</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Sottometti</translation>
    </message>
    <message>
        <source>Job %1 (%2) on %3 ended: %4</source>
        <translation>Job %1 (%2) su %3 terminato: %4</translation>
    </message>
    <message>
        <source>&amp;Import workshop bundle…</source>
        <translation>&amp;Importa pacchetto del workshop…</translation>
    </message>
    <message>
        <source>E&amp;xport workshop bundle…</source>
        <translation>Es&amp;porta pacchetto del workshop…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;Primi passi…</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glossario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Fabbrica will use %1 from its next start.</source>
        <translation>Lingua scelta: %1. Fabbrica la userà dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Open workshop bundle</source>
        <translation>Apri pacchetto del workshop</translation>
    </message>
    <message>
        <source>Workshop bundles (*.fabbrica)</source>
        <translation>Pacchetti del workshop (*.fabbrica)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>Not a usable workshop bundle</source>
        <translation>Pacchetto del workshop non utilizzabile</translation>
    </message>
    <message>
        <source>%1 cannot be opened:</source>
        <translation>Impossibile aprire %1:</translation>
    </message>
    <message>
        <source>cluster profile %1 (%2)</source>
        <translation>profilo di cluster %1 (%2)</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>esperimento %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s)</source>
        <translation>
            <numerusform>%n file di dati</numerusform>
            <numerusform>%n file di dati</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It adds:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Aggiunge:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its experiments use the reservation &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;I suoi esperimenti usano la reservation &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing you have is replaced. You sign in with your own user name and key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nulla di ciò che hai viene sostituito. Accedi con il tuo nome utente e la tua chiave.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add workshop bundle?</source>
        <translation>Aggiungere il pacchetto del workshop?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Bundle partly added</source>
        <translation>Pacchetto aggiunto solo in parte</translation>
    </message>
    <message numerus="yes">
        <source>Workshop added: %n experiment(s) in %1</source>
        <translation>
            <numerusform>Workshop aggiunto: %n esperimento in %1</numerusform>
            <numerusform>Workshop aggiunto: %n esperimenti in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workshop bundle</source>
        <translation>Esporta pacchetto del workshop</translation>
    </message>
    <message>
        <source>e.g. Fine-tuning on Leonardo — Bologna, 12 March</source>
        <translation>ad es. Fine-tuning su Leonardo — Bologna, 12 marzo</translation>
    </message>
    <message>
        <source>the Slurm reservation the centre gave you (optional)</source>
        <translation>la reservation Slurm che ti ha dato il centro (facoltativa)</translation>
    </message>
    <message>
        <source>No experiment is open</source>
        <translation>Nessun esperimento aperto</translation>
    </message>
    <message>
        <source>Include %1 and its files</source>
        <translation>Includi %1 e i suoi file</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>&amp;Reservation</source>
        <translation>&amp;Reservation</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profili</translation>
    </message>
    <message>
        <source>Profiles go without your user name, key or any password: each participant signs in as themselves.</source>
        <translation>I profili non includono il tuo nome utente, la tua chiave né alcuna password: ogni partecipante accede con le proprie credenziali.</translation>
    </message>
    <message>
        <source>Give the bundle a title: participants see it first.</source>
        <translation>Dai un titolo al pacchetto: è la prima cosa che vedono i partecipanti.</translation>
    </message>
    <message>
        <source>Save workshop bundle</source>
        <translation>Salva pacchetto del workshop</translation>
    </message>
    <message>
        <source>Bundle not saved</source>
        <translation>Pacchetto non salvato</translation>
    </message>
    <message>
        <source>Workshop bundle saved: %1</source>
        <translation>Pacchetto del workshop salvato: %1</translation>
    </message>
    <message>
        <source>Profile saved. Cluster ▸ Connect (Ctrl+Shift+C) opens the connection.</source>
        <translation>Profilo salvato. Cluster ▸ Connetti (Ctrl+Shift+C) apre la connessione.</translation>
    </message>
    <message>
        <source>Preparing the sample experiment…</source>
        <translation>Preparazione dell&apos;esperimento di esempio…</translation>
    </message>
    <message>
        <source>Sample not prepared</source>
        <translation>Esempio non preparato</translation>
    </message>
    <message>
        <source>Its files exist already.</source>
        <translation>I suoi file esistono già.</translation>
    </message>
    <message>
        <source>Interrupted submissions</source>
        <translation>Invii interrotti</translation>
    </message>
    <message numerus="yes">
        <source>Fabbrica looked up %n submission(s) to %1 that had been interrupted (the connection dropped, or Fabbrica stopped, while it was being sent). Nothing was submitted twice.</source>
        <translation>
            <numerusform>Fabbrica ha verificato %n invio a %1 che era stato interrotto (la connessione è caduta, o Fabbrica si è chiusa, durante l&apos;invio). Nulla è stato inviato due volte.</numerusform>
            <numerusform>Fabbrica ha verificato %n invii a %1 che erano stati interrotti (la connessione è caduta, o Fabbrica si è chiusa, durante l&apos;invio). Nulla è stato inviato due volte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission uncertain</source>
        <translation>Invio incerto</translation>
    </message>
    <message>
        <source>Submission progress</source>
        <translation>Avanzamento dell&apos;invio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop this submission: nothing more is sent to the cluster.</source>
        <translation>Ferma questo invio: nient&apos;altro viene inviato al cluster.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
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
        <translation>Uso: fabbrica [FILE…]              apre l&apos;app desktop (con i file di esperimento)
     fabbrica COMANDO [OPZIONI]

Comandi:
  validate FILE… [--upgrade]   controlla i file di esperimento; ogni problema è stampato come
                               &quot;FILE: /json/path: cosa non va&quot; (uscita 2 se uno non è valido);
                               --upgrade riscrive nello schema attuale i file di uno schema precedente
  profiles [--json]            elenca i profili dei cluster (Questo computer e &lt;config&gt;/profiles/*.json)
  --version                    stampa la versione, Qt, libssh e il dispositivo del motore locale
  --help                       stampa questo aiuto

Ambiente:
  FABBRICA_CONFIG_DIR          usa questa cartella invece della cartella di configurazione della piattaforma
  FABBRICA_DATA_DIR            usa questa cartella invece della cartella dei dati della piattaforma

Codici di uscita: 0 successo, 1 errore, 2 input o uso non validi.
</translation>
    </message>
    <message>
        <source>fabbrica validate: unknown option %1 (see fabbrica --help)</source>
        <translation>fabbrica validate: opzione sconosciuta %1 (vedi fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica validate: name at least one experiment file, e.g. fabbrica validate experiment.json</source>
        <translation>fabbrica validate: indica almeno un file di esperimento, ad es. fabbrica validate experiment.json</translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid (%n problem(s))</source>
        <translation>
            <numerusform>%1: non valido (%n problema)</numerusform>
            <numerusform>%1: non valido (%n problemi)</numerusform>
        </translation>
    </message>
    <message>
        <source> (upgraded to %1)</source>
        <translation> (aggiornato a %1)</translation>
    </message>
    <message>
        <source> (older schema; run with --upgrade to rewrite it)</source>
        <translation> (schema precedente; esegui con --upgrade per riscriverlo)</translation>
    </message>
    <message>
        <source>%1: valid experiment &quot;%2&quot;%3</source>
        <translation>%1: esperimento valido &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>fabbrica profiles: unknown argument %1 (see fabbrica --help)</source>
        <translation>fabbrica profiles: argomento sconosciuto %1 (vedi fabbrica --help)</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avviso: %1: %2</translation>
    </message>
    <message>
        <source>local processes</source>
        <translation>processi locali</translation>
    </message>
    <message>
        <source>fabbrica: unknown command &quot;%1&quot; (see fabbrica --help)</source>
        <translation>fabbrica: comando sconosciuto &quot;%1&quot; (vedi fabbrica --help)</translation>
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
        <translation>  check --profile NOME         si connette con un profilo: stampa l&apos;impronta della chiave host, il
        [--accept-new-host-key] metodo di login, l&apos;utente remoto e `sinfo --version`;
        [--timeout SECONDI]     i segreti sono chiesti sul terminale (una riga ciascuno da
                               stdin se non è un terminale); una chiave host sconosciuta è
                               rifiutata salvo --accept-new-host-key, una cambiata sempre
</translation>
    </message>
    <message>
        <source>fabbrica check: --timeout takes a number of seconds, got %1</source>
        <translation>fabbrica check: --timeout richiede un numero di secondi, ma è %1</translation>
    </message>
    <message>
        <source>fabbrica check: unknown argument %1 (see fabbrica --help)</source>
        <translation>fabbrica check: argomento sconosciuto %1 (vedi fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica check: name a profile, e.g. fabbrica check --profile leonardo (fabbrica profiles lists them)</source>
        <translation>fabbrica check: indica un profilo, ad es. fabbrica check --profile leonardo (fabbrica profiles li elenca)</translation>
    </message>
    <message>
        <source>fabbrica check: no profile named &quot;%1&quot; in %2 (fabbrica profiles lists them)</source>
        <translation>fabbrica check: nessun profilo chiamato &quot;%1&quot; in %2 (fabbrica profiles li elenca)</translation>
    </message>
    <message>
        <source>fabbrica check: %1</source>
        <translation>fabbrica check: %1</translation>
    </message>
    <message>
        <source>note: ~/.ssh/config: %1</source>
        <translation>nota: ~/.ssh/config: %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connessione a %1</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> tramite %1</translation>
    </message>
    <message>
        <source>no answer within %1 s (%2)</source>
        <translation>nessuna risposta entro %1 s (%2)</translation>
    </message>
    <message>
        <source>fabbrica check: cannot connect with profile &quot;%1&quot;: %2</source>
        <translation>fabbrica check: impossibile connettersi con il profilo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Jump host:     %1</source>
        <translation>Jump host:     %1</translation>
    </message>
    <message>
        <source>Host key:      %1 %2 (%3)</source>
        <translation>Chiave host:   %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Logged in by:  %1</source>
        <translation>Accesso con:   %1</translation>
    </message>
    <message>
        <source>Certificate:   valid for %1 more (until %2)</source>
        <translation>Certificato:   valido ancora per %1 (fino a %2)</translation>
    </message>
    <message>
        <source>fabbrica check: `id -un` failed on %1: %2</source>
        <translation>fabbrica check: `id -un` non riuscito su %1: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>Remote user:   %1</source>
        <translation>Utente remoto: %1</translation>
    </message>
    <message>
        <source>fabbrica check: `sinfo --version` did not run: %1</source>
        <translation>fabbrica check: `sinfo --version` non è stato eseguito: %1</translation>
    </message>
    <message>
        <source>fabbrica check: `sinfo --version` failed (exit %1): %2 — is Slurm in the login shell&apos;s PATH on %3?</source>
        <translation>fabbrica check: `sinfo --version` non riuscito (uscita %1): %2 — Slurm è nel PATH della shell di login su %3?</translation>
    </message>
    <message>
        <source>Slurm:         %1</source>
        <translation>Slurm:         %1</translation>
    </message>
    <message>
        <source>OK: profile &quot;%1&quot; works.</source>
        <translation>OK: il profilo &quot;%1&quot; funziona.</translation>
    </message>
    <message>
        <source>fabbrica metrics: no job %1 on This computer</source>
        <translation>fabbrica metrics: nessun job %1 su Questo computer</translation>
    </message>
    <message>
        <source>fabbrica metrics: job %1 has written no metrics (yet)</source>
        <translation>fabbrica metrics: il job %1 non ha scritto metriche (per ora)</translation>
    </message>
    <message numerus="yes">
        <source>fabbrica metrics: %n line(s) could not be read</source>
        <translation>
            <numerusform>fabbrica metrics: non è stato possibile leggere %n riga</numerusform>
            <numerusform>fabbrica metrics: non è stato possibile leggere %n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>fabbrica metrics: %1</source>
        <translation>fabbrica metrics: %1</translation>
    </message>
    <message>
        <source>fabbrica metrics: no stored metrics for job %1 of %2; open the job in Fabbrica while it runs to stream them</source>
        <translation>fabbrica metrics: nessuna metrica salvata per il job %1 di %2; apri il job in Fabbrica mentre è in esecuzione per riceverle</translation>
    </message>
    <message>
        <source>fabbrica metrics: --follow reads live files on This computer only; printing the points stored so far</source>
        <translation>fabbrica metrics: --follow legge i file in tempo reale solo su Questo computer; stampo i punti salvati finora</translation>
    </message>
    <message>
        <source>fabbrica metrics: %1 was still running when last seen</source>
        <translation>fabbrica metrics: %1 era ancora in esecuzione l&apos;ultima volta che è stato visto</translation>
    </message>
    <message>
        <source>  metrics JOBID --profile NAME [--follow] [--json]
                               print a job&apos;s training metrics, one point per line
</source>
        <translation>  metrics JOBID --profile NOME [--follow] [--json]
                               stampa le metriche di addestramento di un job, un punto per riga
</translation>
    </message>
    <message>
        <source>fabbrica metrics: unexpected argument %1 (see fabbrica --help)</source>
        <translation>fabbrica metrics: argomento inatteso %1 (vedi fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica metrics: which job? (fabbrica metrics JOBID --profile NAME)</source>
        <translation>fabbrica metrics: quale job? (fabbrica metrics JOBID --profile NOME)</translation>
    </message>
    <message>
        <source>fabbrica %1: no profile named &quot;%2&quot; in %3 (fabbrica profiles lists them)</source>
        <translation>fabbrica %1: nessun profilo chiamato &quot;%2&quot; in %3 (fabbrica profiles li elenca)</translation>
    </message>
    <message>
        <source>fabbrica %1: %2</source>
        <translation>fabbrica %1: %2</translation>
    </message>
    <message>
        <source>fabbrica %1: cannot connect with profile &quot;%2&quot;: %3</source>
        <translation>fabbrica %1: impossibile connettersi con il profilo &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>fabbrica jobs: no answer from %1</source>
        <translation>fabbrica jobs: nessuna risposta da %1</translation>
    </message>
    <message>
        <source>fabbrica jobs: %1</source>
        <translation>fabbrica jobs: %1</translation>
    </message>
    <message numerus="yes">
        <source>note: %n line(s) of the scheduler&apos;s answer could not be read</source>
        <translation>
            <numerusform>nota: non è stato possibile leggere %n riga della risposta dello scheduler</numerusform>
            <numerusform>nota: non è stato possibile leggere %n righe della risposta dello scheduler</numerusform>
        </translation>
    </message>
    <message>
        <source>JOBID</source>
        <translation>JOBID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>ELAPSED</source>
        <translation>TRASCORSO</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>USCITA</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>NODI</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>fabbrica allocations: %1</source>
        <translation>fabbrica allocations: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNITÀ</translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation>ASSEGNATO</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>USATO</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>RESIDUO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FONTE</translation>
    </message>
    <message>
        <source>fabbrica partitions: %1</source>
        <translation>fabbrica partitions: %1</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTIZIONE</translation>
    </message>
    <message>
        <source>IDLE/NODES</source>
        <translation>LIBERI/NODI</translation>
    </message>
    <message>
        <source>GPUS/NODE</source>
        <translation>GPU/NODO</translation>
    </message>
    <message>
        <source>FREE GPUS</source>
        <translation>GPU LIBERE</translation>
    </message>
    <message>
        <source>MAX TIME</source>
        <translation>TEMPO MASSIMO</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>annullato %1</translation>
    </message>
    <message>
        <source>fabbrica cancel: %1</source>
        <translation>fabbrica cancel: %1</translation>
    </message>
    <message>
        <source>fabbrica %1: %2 is not a valid experiment</source>
        <translation>fabbrica %1: %2 non è un esperimento valido</translation>
    </message>
    <message>
        <source>fabbrica submit: no answer from %1</source>
        <translation>fabbrica submit: nessuna risposta da %1</translation>
    </message>
    <message>
        <source>Cost:     %1</source>
        <translation>Costo:    %1</translation>
    </message>
    <message>
        <source>Budget:   %1</source>
        <translation>Budget:   %1</translation>
    </message>
    <message>
        <source>Starts:   about %1 (sbatch --test-only)</source>
        <translation>Avvio:    previsto per %1 (sbatch --test-only)</translation>
    </message>
    <message>
        <source>fabbrica submit: %1</source>
        <translation>fabbrica submit: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was submitted.</source>
        <translation>Simulazione (dry run): non è stato sottomesso nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) in %1</source>
        <translation>
            <numerusform>%n task in %1</numerusform>
            <numerusform>%n task in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>fabbrica script: name one experiment file</source>
        <translation>fabbrica script: indica un file di esperimento</translation>
    </message>
    <message>
        <source>fabbrica script: no usable profile named &quot;%1&quot;</source>
        <translation>fabbrica script: nessun profilo utilizzabile chiamato &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>note: the parameter table %1 (%n task(s)) is uploaded beside the script</source>
        <translation>
            <numerusform>nota: la tabella dei parametri %1 (%n task) viene caricata accanto allo script</numerusform>
            <numerusform>nota: la tabella dei parametri %1 (%n task) viene caricata accanto allo script</numerusform>
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
        <translation>  script FILE [--profile NOME]  stampa lo script batch che l&apos;esperimento sottometterebbe
  submit FILE --profile NOME    stima il costo, verifica l&apos;account, sottomette; stampa l&apos;ID
        [--dry-run] [--json]    o gli ID dei job. --dry-run si ferma prima di sbatch
  jobs --profile NOME [JOBID…]  i tuoi job (o questi), con i motivi dell&apos;attesa in parole semplici
        [--json]
  cancel JOBID… --profile NOME  annulla i job
  allocations --profile NOME    budget: assegnato, usato, rimanente (ciò che non è noto resta tale)
        [--json]
  partitions --profile NOME     partizioni con GPU per nodo, GPU libere, limiti di tempo
        [--json]
  (--profile this-computer, il predefinito, esegue gli esperimenti su questo computer)
</translation>
    </message>
    <message>
        <source>fabbrica %1: unknown option %2 (see fabbrica --help)</source>
        <translation>fabbrica %1: opzione sconosciuta %2 (vedi fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica submit: name one experiment file, e.g. fabbrica submit sweep.json --profile leonardo</source>
        <translation>fabbrica submit: indica un file di esperimento, ad es. fabbrica submit sweep.json --profile leonardo</translation>
    </message>
    <message>
        <source>fabbrica cancel: name the job id(s) to cancel</source>
        <translation>fabbrica cancel: indica l&apos;ID o gli ID dei job da annullare</translation>
    </message>
    <message>
        <source>fabbrica bundle create: %1 needs a value</source>
        <translation>fabbrica bundle create: %1 richiede un valore</translation>
    </message>
    <message>
        <source>fabbrica bundle create: no profile named &quot;%1&quot;</source>
        <translation>fabbrica bundle create: nessun profilo chiamato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fabbrica bundle create: unexpected &quot;%1&quot;</source>
        <translation>fabbrica bundle create: argomento inatteso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fabbrica bundle create: give the output file and --title</source>
        <translation>fabbrica bundle create: indica il file di output e --title</translation>
    </message>
    <message>
        <source>%1: %2 profile(s), %3 experiment(s), %4 data file(s), %5 KB</source>
        <translation>%1: profili %2, esperimenti %3, file di dati %4, %5 KB</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titolo: %1</translation>
    </message>
    <message>
        <source>Reservation: %1</source>
        <translation>Reservation: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profilo: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Experiment: %1 (%n file(s))</source>
        <translation>
            <numerusform>Esperimento: %1 (%n file)</numerusform>
            <numerusform>Esperimento: %1 (%n file)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data: %1 (%2 bytes)</source>
        <translation>Dati: %1 (%2 byte)</translation>
    </message>
    <message>
        <source>profile %1 added</source>
        <translation>profilo %1 aggiunto</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>esperimento %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>dati %1</translation>
    </message>
    <message>
        <source>  bundle create OUT.fabbrica --title TEXT [--description TEXT] [--reservation NAME]
                [--profile NAME]... [--experiment FILE]... [--data FILE]...
                                 make a workshop bundle (profiles carry no user, key or secret)
  bundle show FILE.fabbrica      what a bundle holds
  bundle import FILE.fabbrica    add its profiles and experiments (nothing is overwritten)
</source>
        <translation>  bundle create OUT.fabbrica --title TESTO [--description TESTO] [--reservation NOME]
                [--profile NOME]... [--experiment FILE]... [--data FILE]...
                                 crea un pacchetto del workshop (i profili non portano utente, chiave né segreti)
  bundle show FILE.fabbrica      mostra cosa contiene un pacchetto
  bundle import FILE.fabbrica    aggiunge i suoi profili ed esperimenti (non sovrascrive nulla)
</translation>
    </message>
</context>
<context>
    <name>fab::json</name>
    <message>
        <source>not valid JSON at line %1, column %2 (%3)</source>
        <translation>JSON non valido alla riga %1, colonna %2 (%3)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3)</source>
        <translation>%1 è troppo grande (%2 byte; al massimo %3)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu</name>
    <message>
        <source>no NVIDIA GPU or driver found</source>
        <translation>nessuna GPU NVIDIA o driver trovato</translation>
    </message>
    <message>
        <source>the CUDA attention kernel takes heads of up to 128 channels; this model has %1</source>
        <translation>il kernel di attention CUDA accetta head di al massimo 128 canali; questo modello ne ha %1</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Checkpoint</name>
    <message>
        <source>%1 is not a Fabbrica checkpoint</source>
        <translation>%1 non è un checkpoint di Fabbrica</translation>
    </message>
    <message>
        <source>%1 was written for a different model than this run&apos;s (%2)</source>
        <translation>%1 è stato scritto per un modello diverso da quello di questa esecuzione (%2)</translation>
    </message>
    <message>
        <source>shapes differ</source>
        <translation>le forme sono diverse</translation>
    </message>
    <message>
        <source>%1: tensor %2 is missing or has the wrong shape</source>
        <translation>%1: il tensore %2 manca o ha la forma sbagliata</translation>
    </message>
    <message>
        <source>%1: step, rng or data_position in its metadata is not a number</source>
        <translation>%1: step, rng o data_position nei metadati non è un numero</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Data</name>
    <message>
        <source>sequence length must be at least 1</source>
        <translation>la lunghezza della sequenza deve essere almeno 1</translation>
    </message>
    <message>
        <source>validation fraction must be between 0 and 0.5, got %1</source>
        <translation>la frazione di validazione deve essere tra 0 e 0.5, ma è %1</translation>
    </message>
    <message>
        <source>data file %1 does not exist</source>
        <translation>il file di dati %1 non esiste</translation>
    </message>
    <message>
        <source>cannot read data file %1: %2</source>
        <translation>impossibile leggere il file di dati %1: %2</translation>
    </message>
    <message>
        <source>data file %1 is empty</source>
        <translation>il file di dati %1 è vuoto</translation>
    </message>
    <message>
        <source>unknown data format &quot;%1&quot; (auto, text, jsonl or pairs)</source>
        <translation>formato dei dati sconosciuto &quot;%1&quot; (auto, text, jsonl o pairs)</translation>
    </message>
    <message>
        <source>%1 line %2: not a JSON object</source>
        <translation>%1 riga %2: non è un oggetto JSON</translation>
    </message>
    <message>
        <source>%1 line %2: needs string fields &quot;prompt&quot; and &quot;completion&quot; like the lines before it</source>
        <translation>%1 riga %2: servono i campi stringa &quot;prompt&quot; e &quot;completion&quot; come nelle righe precedenti</translation>
    </message>
    <message>
        <source>%1 line %2: needs a string field &quot;text&quot; (or &quot;prompt&quot; and &quot;completion&quot;)</source>
        <translation>%1 riga %2: serve un campo stringa &quot;text&quot; (o &quot;prompt&quot; e &quot;completion&quot;)</translation>
    </message>
    <message>
        <source>%1 has no records</source>
        <translation>%1 non ha record</translation>
    </message>
    <message>
        <source>%1 gives no training tokens to learn from (%2 tokens in all)</source>
        <translation>%1 non fornisce token di addestramento da cui imparare (%2 token in tutto)</translation>
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
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n thread</numerusform>
        </translation>
    </message>
    <message>
        <source>no NVIDIA GPU or driver found</source>
        <translation>nessuna GPU NVIDIA o driver trovato</translation>
    </message>
    <message>
        <source>built without CUDA</source>
        <translation>compilato senza CUDA</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Engine</name>
    <message>
        <source>this build of Fabbrica has no CUDA path</source>
        <translation>questa build di Fabbrica non ha il percorso CUDA</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::LocalRuns</name>
    <message>
        <source>the sample dataset is missing from this build</source>
        <translation>il dataset di esempio manca in questa build</translation>
    </message>
    <message>
        <source>cannot write the sample dataset into %1: %2</source>
        <translation>impossibile scrivere il dataset di esempio in %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Lora</name>
    <message>
        <source>LoRA rank must be between 0 (full fine-tune) and 4096, got %1</source>
        <translation>il rango LoRA deve essere tra 0 (fine-tuning completo) e 4096, ma è %1</translation>
    </message>
    <message>
        <source>LoRA alpha must be positive, got %1</source>
        <translation>l&apos;alpha LoRA deve essere positivo, ma è %1</translation>
    </message>
    <message>
        <source>LoRA dropout must be in [0, 1), got %1</source>
        <translation>il dropout LoRA deve essere in [0, 1), ma è %1</translation>
    </message>
    <message>
        <source>LoRA needs at least one target module (c_attn, c_proj, c_fc)</source>
        <translation>LoRA richiede almeno un modulo target (c_attn, c_proj, c_fc)</translation>
    </message>
    <message>
        <source>unknown LoRA target module &quot;%1&quot; (use c_attn, c_proj, c_fc)</source>
        <translation>modulo target LoRA sconosciuto &quot;%1&quot; (usa c_attn, c_proj, c_fc)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::ModelConfig</name>
    <message>
        <source>vocabulary size must be between 2 and 1048576, got %1</source>
        <translation>la dimensione del vocabolario deve essere tra 2 e 1048576, ma è %1</translation>
    </message>
    <message>
        <source>context length must be between 1 and 65536, got %1</source>
        <translation>la lunghezza del contesto deve essere tra 1 e 65536, ma è %1</translation>
    </message>
    <message>
        <source>number of layers must be between 1 and 256, got %1</source>
        <translation>il numero di layer deve essere tra 1 e 256, ma è %1</translation>
    </message>
    <message>
        <source>heads and width must be positive (width at most 65536), got %1 heads, width %2</source>
        <translation>head e larghezza devono essere positivi (larghezza al massimo 65536), ma sono %1 head e larghezza %2</translation>
    </message>
    <message>
        <source>width %1 is not a multiple of the number of heads %2</source>
        <translation>la larghezza %1 non è un multiplo del numero di head %2</translation>
    </message>
    <message>
        <source>layer_norm_epsilon must be between 0 and 1, got %1</source>
        <translation>layer_norm_epsilon deve essere tra 0 e 1, ma è %1</translation>
    </message>
    <message>
        <source>config.json is not a JSON object</source>
        <translation>config.json non è un oggetto JSON</translation>
    </message>
    <message>
        <source>config.json describes a &quot;%1&quot; model; only GPT-2 (model_type &quot;gpt2&quot;) is supported</source>
        <translation>config.json descrive un modello &quot;%1&quot;; è supportato solo GPT-2 (model_type &quot;gpt2&quot;)</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;vocab_size&quot;</source>
        <translation>config.json non ha un intero &quot;vocab_size&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_positions&quot;</source>
        <translation>config.json non ha un intero &quot;n_positions&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_layer&quot;</source>
        <translation>config.json non ha un intero &quot;n_layer&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_head&quot;</source>
        <translation>config.json non ha un intero &quot;n_head&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_embd&quot;</source>
        <translation>config.json non ha un intero &quot;n_embd&quot;</translation>
    </message>
    <message>
        <source>config.json uses activation &quot;%1&quot;; this engine implements GPT-2&apos;s tanh GELU (gelu_new)</source>
        <translation>config.json usa l&apos;attivazione &quot;%1&quot;; questo motore implementa la GELU tanh di GPT-2 (gelu_new)</translation>
    </message>
    <message>
        <source>config.json sets n_inner %1; only the GPT-2 MLP of 4 × n_embd is supported</source>
        <translation>config.json imposta n_inner %1; è supportato solo l&apos;MLP di GPT-2 di 4 × n_embd</translation>
    </message>
    <message>
        <source>config.json unties the output head; GPT-2&apos;s head is tied to wte</source>
        <translation>config.json slega la testa di output; in GPT-2 la testa è legata a wte</translation>
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
        <translation>non è un file safetensors: è più corto della lunghezza dell&apos;intestazione di 8 byte</translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 is out of range</source>
        <translation>non è un file safetensors: la lunghezza dell&apos;intestazione %1 è fuori intervallo</translation>
    </message>
    <message>
        <source>truncated safetensors file: the header needs %1 bytes, the file has %2</source>
        <translation>file safetensors troncato: l&apos;intestazione richiede %1 byte, il file ne ha %2</translation>
    </message>
    <message>
        <source>safetensors header incomplete in memory</source>
        <translation>intestazione safetensors incompleta in memoria</translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object</source>
        <translation>l&apos;intestazione safetensors non è un oggetto JSON</translation>
    </message>
    <message>
        <source>safetensors __metadata__ is not an object</source>
        <translation>il __metadata__ di safetensors non è un oggetto</translation>
    </message>
    <message>
        <source>safetensors __metadata__ value &quot;%1&quot; is not a string</source>
        <translation>il valore &quot;%1&quot; di __metadata__ di safetensors non è una stringa</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: entry is not an object</source>
        <translation>tensore &quot;%1&quot;: la voce non è un oggetto</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: no dtype</source>
        <translation>tensore &quot;%1&quot;: manca il dtype</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: shape is not a list of at most 8 dimensions</source>
        <translation>tensore &quot;%1&quot;: la forma non è una lista di al massimo 8 dimensioni</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets is not [begin, end]</source>
        <translation>tensore &quot;%1&quot;: data_offsets non è [inizio, fine]</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: unknown dtype &quot;%2&quot;</source>
        <translation>tensore &quot;%1&quot;: dtype sconosciuto &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: a dimension is not a non-negative integer</source>
        <translation>tensore &quot;%1&quot;: una dimensione non è un intero non negativo</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: shape is larger than the file</source>
        <translation>tensore &quot;%1&quot;: la forma è più grande del file</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets are not non-negative integers</source>
        <translation>tensore &quot;%1&quot;: data_offsets non sono interi non negativi</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets [%2, %3] fall outside the %4 data bytes</source>
        <translation>tensore &quot;%1&quot;: data_offsets [%2, %3] escono dai %4 byte di dati</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 × %3 bytes do not fill data_offsets [%4, %5]</source>
        <translation>tensore &quot;%1&quot;: %2 × %3 byte non riempiono data_offsets [%4, %5]</translation>
    </message>
    <message>
        <source>tensors &quot;%1&quot; and &quot;%2&quot; overlap</source>
        <translation>i tensori &quot;%1&quot; e &quot;%2&quot; si sovrappongono</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; is cut short (file changed while reading?)</source>
        <translation>%1: il tensore &quot;%2&quot; è troncato (il file è cambiato durante la lettura?)</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; has dtype %3; weights must be F32, F16, BF16 or F64</source>
        <translation>%1: il tensore &quot;%2&quot; ha dtype %3; i pesi devono essere F32, F16, BF16 o F64</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::ScaleUp</name>
    <message>
        <source>%1 has no exported model yet (model.safetensors + config.json): finish or resume the local run first</source>
        <translation>%1 non ha ancora un modello esportato (model.safetensors + config.json): prima completa o riprendi l&apos;esecuzione locale</translation>
    </message>
    <message>
        <source>the run&apos;s data file %1 is gone</source>
        <translation>il file di dati %1 dell&apos;esecuzione non c&apos;è più</translation>
    </message>
    <message>
        <source>scale-up needs at least one node and one GPU per node</source>
        <translation>lo scale-up richiede almeno un nodo e una GPU per nodo</translation>
    </message>
    <message>
        <source>each of the %1 GPUs takes batch × grad_accum sequences per step: the global batch is %1 times the local run&apos;s; lower lr or grad_accum to keep it the same</source>
        <translation>ognuna delle %1 GPU elabora batch × grad_accum sequenze per step: il batch globale è %1 volte quello dell&apos;esecuzione locale; riduci lr o grad_accum per mantenerlo uguale</translation>
    </message>
    <message>
        <source>the cluster run starts from this run&apos;s exported model (LoRA merged into it)</source>
        <translation>l&apos;esecuzione sul cluster parte dal modello esportato da questa esecuzione (con LoRA incorporato)</translation>
    </message>
    <message>
        <source>cannot write the training script into %1</source>
        <translation>impossibile scrivere lo script di addestramento in %1</translation>
    </message>
    <message>
        <source>cannot put %1 into %2: %3</source>
        <translation>impossibile mettere %1 in %2: %3</translation>
    </message>
    <message>
        <source>%1 has AMD GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL) and does not apply there. Use the site&apos;s ROCm PyTorch containers and an experiment of your own instead.</source>
        <translation>%1 ha GPU AMD: lo script di scale-up è scritto per GPU NVIDIA (CUDA, NCCL) e lì non si applica. Usa invece i container PyTorch ROCm del centro e un tuo esperimento.</translation>
    </message>
    <message>
        <source>%1 has %2 GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL)</source>
        <translation>%1 ha GPU %2: lo script di scale-up è scritto per GPU NVIDIA (CUDA, NCCL)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Tokenizer</name>
    <message>
        <source>encoder.json is not a JSON object of token → id</source>
        <translation>encoder.json non è un oggetto JSON token → id</translation>
    </message>
    <message>
        <source>encoder.json: the id of &quot;%1&quot; is not a small non-negative integer</source>
        <translation>encoder.json: l&apos;id di &quot;%1&quot; non è un piccolo intero non negativo</translation>
    </message>
    <message>
        <source>vocab.bpe line %1 is not &quot;first second&quot;</source>
        <translation>la riga %1 di vocab.bpe non è &quot;primo secondo&quot;</translation>
    </message>
    <message>
        <source>vocab.bpe has no merges</source>
        <translation>vocab.bpe non contiene merge</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>the built-in GPT-2 tokenizer files are missing from this build</source>
        <translation>i file del tokenizer GPT-2 integrato mancano in questa build</translation>
    </message>
    <message>
        <source>%1 has no GPT-2 tokenizer (encoder.json + vocab.bpe, or vocab.json + merges.txt)</source>
        <translation>%1 non ha un tokenizer GPT-2 (encoder.json + vocab.bpe, oppure vocab.json + merges.txt)</translation>
    </message>
    <message>
        <source>unknown tokenizer &quot;%1&quot;: use byte, gpt2 or a folder with encoder.json + vocab.bpe</source>
        <translation>tokenizer sconosciuto &quot;%1&quot;: usa byte, gpt2 o una cartella con encoder.json + vocab.bpe</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainConfig</name>
    <message>
        <source>the fine-tune settings must be a JSON object</source>
        <translation>le impostazioni di fine-tuning devono essere un oggetto JSON</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 deve essere un intero</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 deve essere un numero</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 deve essere una stringa</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>impostazione sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>model must be an object {layers, heads, width, context}</source>
        <translation>model deve essere un oggetto {layers, heads, width, context}</translation>
    </message>
    <message>
        <source>lora must be an object {rank, alpha, dropout, targets}</source>
        <translation>lora deve essere un oggetto {rank, alpha, dropout, targets}</translation>
    </message>
    <message>
        <source>lora.targets must be a list such as [&quot;c_attn&quot;, &quot;c_proj&quot;, &quot;c_fc&quot;]</source>
        <translation>lora.targets deve essere una lista come [&quot;c_attn&quot;, &quot;c_proj&quot;, &quot;c_fc&quot;]</translation>
    </message>
    <message>
        <source>lora.targets must hold strings</source>
        <translation>lora.targets deve contenere stringhe</translation>
    </message>
    <message>
        <source>seed must be an integer</source>
        <translation>seed deve essere un intero</translation>
    </message>
    <message>
        <source>no training data: give a text or JSONL file (--data FILE)</source>
        <translation>nessun dato di addestramento: indica un file di testo o JSONL (--data FILE)</translation>
    </message>
    <message>
        <source>no run folder: give one with --out DIR</source>
        <translation>nessuna cartella di esecuzione: indicane una con --out DIR</translation>
    </message>
    <message>
        <source>steps must be at least 1, got %1</source>
        <translation>steps deve essere almeno 1, ma è %1</translation>
    </message>
    <message>
        <source>batch and grad_accum must be at least 1, got %1 and %2</source>
        <translation>batch e grad_accum devono essere almeno 1, ma sono %1 e %2</translation>
    </message>
    <message>
        <source>seq must be between 2 and 65536, got %1</source>
        <translation>seq deve essere tra 2 e 65536, ma è %1</translation>
    </message>
    <message>
        <source>lr must be positive and below 10, got %1</source>
        <translation>lr deve essere positivo e minore di 10, ma è %1</translation>
    </message>
    <message>
        <source>min_lr_ratio must be in [0, 1], got %1</source>
        <translation>min_lr_ratio deve essere in [0, 1], ma è %1</translation>
    </message>
    <message>
        <source>warmup must be 0 or more steps</source>
        <translation>warmup deve essere di 0 o più step</translation>
    </message>
    <message>
        <source>AdamW needs weight_decay &gt;= 0, beta1 and beta2 in [0, 1), eps &gt; 0</source>
        <translation>AdamW richiede weight_decay &gt;= 0, beta1 e beta2 in [0, 1), eps &gt; 0</translation>
    </message>
    <message>
        <source>grad_clip must be 0 (off) or positive</source>
        <translation>grad_clip deve essere 0 (disattivato) o positivo</translation>
    </message>
    <message>
        <source>eval_every and sample_every must be &gt;= 0, eval_batches and sample_tokens &gt;= 1, top_k &gt;= 0, temperature &gt; 0</source>
        <translation>eval_every e sample_every devono essere &gt;= 0, eval_batches e sample_tokens &gt;= 1, top_k &gt;= 0, temperature &gt; 0</translation>
    </message>
    <message>
        <source>checkpoint_every must be &gt;= 0 and keep_checkpoints &gt;= 1</source>
        <translation>checkpoint_every deve essere &gt;= 0 e keep_checkpoints &gt;= 1</translation>
    </message>
    <message>
        <source>device must be auto, cpu or cuda, got &quot;%1&quot;</source>
        <translation>device deve essere auto, cpu o cuda, ma è &quot;%1&quot;</translation>
    </message>
    <message>
        <source>threads must be between 0 (all cores) and 1024</source>
        <translation>threads deve essere tra 0 (tutti i core) e 1024</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Trainer</name>
    <message>
        <source>cancelled at step %1</source>
        <translation>annullato allo step %1</translation>
    </message>
    <message>
        <source>finished %1 steps</source>
        <translation>completati %1 step</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainingRun</name>
    <message>
        <source>--resume needs the run folder (--out DIR)</source>
        <translation>--resume richiede la cartella di esecuzione (--out DIR)</translation>
    </message>
    <message>
        <source>no checkpoint to resume from in %1/checkpoints</source>
        <translation>nessun checkpoint da cui riprendere in %1/checkpoints</translation>
    </message>
    <message>
        <source>%1 is not a Fabbrica checkpoint (no train_config)</source>
        <translation>%1 non è un checkpoint di Fabbrica (manca train_config)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the %1 tokenizer has %2 tokens but the model&apos;s vocabulary has only %3</source>
        <translation>il tokenizer %1 ha %2 token ma il vocabolario del modello ne ha solo %3</translation>
    </message>
    <message>
        <source>seq %1 is longer than the model&apos;s context of %2 positions</source>
        <translation>seq %1 è più lungo del contesto del modello di %2 posizioni</translation>
    </message>
    <message>
        <source>data: %1 (%2), %3 tokens → %4 training and %5 validation sequences of %6</source>
        <translation>dati: %1 (%2), %3 token → %4 sequenze di addestramento e %5 di validazione da %6</translation>
    </message>
    <message>
        <source>--device cuda: %1</source>
        <translation>--device cuda: %1</translation>
    </message>
    <message>
        <source>no GPU (%1): training on the CPU</source>
        <translation>nessuna GPU (%1): addestramento sulla CPU</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>impossibile creare la cartella di esecuzione %1</translation>
    </message>
    <message>
        <source>resumed from %1 at step %2</source>
        <translation>ripreso da %1 allo step %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>model: GPT-2, %1 layers, %2 heads, width %3, context %4, vocab %5: %6 parameters, %7 trained%8</source>
        <translation>modello: GPT-2, %1 layer, %2 head, larghezza %3, contesto %4, vocabolario %5: %6 parametri, %7 addestrati%8</translation>
    </message>
    <message>
        <source> (LoRA rank %1)</source>
        <translation> (rango LoRA %1)</translation>
    </message>
    <message>
        <source>device: %1%2</source>
        <translation>dispositivo: %1%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s)</source>
        <translation>
            <numerusform>, %n thread</numerusform>
            <numerusform>, %n thread</numerusform>
        </translation>
    </message>
    <message>
        <source>the loss became %1 at step %2: lower the learning rate (now %3) or check the data</source>
        <translation>la loss è diventata %1 allo step %2: abbassa il learning rate (ora %3) o controlla i dati</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Weights</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>base model %1 does not exist</source>
        <translation>il modello base %1 non esiste</translation>
    </message>
    <message>
        <source>%1 has no model.safetensors (PyTorch .bin files are not read: convert them with transformers&apos; save_pretrained(safe_serialization=True))</source>
        <translation>%1 non ha un model.safetensors (i file .bin di PyTorch non vengono letti: convertili con save_pretrained(safe_serialization=True) di transformers)</translation>
    </message>
    <message>
        <source>%1 is not a GPT-2 model: it has no 2-D wte.weight and wpe.weight</source>
        <translation>%1 non è un modello GPT-2: non ha wte.weight e wpe.weight 2-D</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not match the weights: config says vocab %2, width %3, context %4, %5 layers; the file has %6, %7, %8, %9</source>
        <translation>%1 non corrisponde ai pesi: la configurazione indica vocabolario %2, larghezza %3, contesto %4, %5 layer; il file ha %6, %7, %8, %9</translation>
    </message>
    <message>
        <source>no config.json beside %1: assumed %2 heads of 64</source>
        <translation>nessun config.json accanto a %1: si assumono %2 head da 64</translation>
    </message>
    <message>
        <source>%1 lacks tensor %2</source>
        <translation>a %1 manca il tensore %2</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, a GPT-2 of this size needs %4 (Conv1D weights are [in, out])</source>
        <translation>%1: il tensore %2 ha forma %3, un GPT-2 di questa dimensione richiede %4 (i pesi Conv1D sono [in, out])</translation>
    </message>
    <message>
        <source>%1 has tensor %2, which is not part of GPT-2 (a different architecture?)</source>
        <translation>%1 ha il tensore %2, che non fa parte di GPT-2 (un&apos;architettura diversa?)</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n tied head / attention mask buffer(s)</source>
        <translation>
            <numerusform>saltato %n buffer di testa legata / maschera di attention</numerusform>
            <numerusform>saltati %n buffer di testa legata / maschera di attention</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>internal error: %1 parameters for a layout of %2</source>
        <translation>errore interno: %1 parametri per un layout di %2</translation>
    </message>
    <message>
        <source>%1 is not a PEFT LoRA adapter config (peft_type LORA, integer r)</source>
        <translation>%1 non è una configurazione di adapter LoRA PEFT (peft_type LORA, r intero)</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, expected %4 for this base model</source>
        <translation>%1: il tensore %2 ha forma %3, attesa %4 per questo modello base</translation>
    </message>
</context>
<context>
    <name>fab::metrics::MetricParser</name>
    <message>
        <source>a quoted cell is not closed properly</source>
        <translation>una cella tra virgolette non è chiusa correttamente</translation>
    </message>
    <message>
        <source>the row does not have one cell per column (%1)</source>
        <translation>la riga non ha una cella per colonna (%1)</translation>
    </message>
    <message>
        <source>a Trainer log dict is cut or malformed</source>
        <translation>un dizionario di log del Trainer è troncato o malformato</translation>
    </message>
    <message>
        <source>not valid JSON (at column %1)</source>
        <translation>JSON non valido (alla colonna %1)</translation>
    </message>
    <message>
        <source>byte %1: %2: %3</source>
        <translation>byte %1: %2: %3</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>riga più lunga di %1 byte</translation>
    </message>
    <message>
        <source>%1 bytes missing from the stream</source>
        <translation>%1 byte mancanti dal flusso</translation>
    </message>
    <message>
        <source>an MLflow metric file needs its metric name</source>
        <translation>un file di metrica MLflow richiede il nome della metrica</translation>
    </message>
    <message>
        <source>unknown metrics format “%1”</source>
        <translation>formato di metriche sconosciuto “%1”</translation>
    </message>
    <message>
        <source>not an MLflow metric line (timestamp value step)</source>
        <translation>non è una riga di metrica MLflow (timestamp valore step)</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression: %1 (at %2)</source>
        <translation>il pattern non è un&apos;espressione regolare valida: %1 (a %2)</translation>
    </message>
    <message>
        <source>the pattern needs a named group (?&lt;step&gt;…) and one per metric</source>
        <translation>il pattern richiede un gruppo con nome (?&lt;step&gt;…) e uno per ogni metrica</translation>
    </message>
    <message>
        <source>the step group did not match an integer</source>
        <translation>il gruppo step non corrisponde a un intero</translation>
    </message>
    <message>
        <source>not a TFRecord here (length checksum wrong); skipped to the next record</source>
        <translation>qui non c&apos;è un TFRecord (checksum della lunghezza errato); saltato al record successivo</translation>
    </message>
    <message>
        <source>record checksum wrong</source>
        <translation>checksum del record errato</translation>
    </message>
    <message>
        <source>record is not a TensorBoard event</source>
        <translation>il record non è un evento TensorBoard</translation>
    </message>
    <message>
        <source>the stream ends inside a record</source>
        <translation>il flusso termina all&apos;interno di un record</translation>
    </message>
</context>
<context>
    <name>fab::remote::Auth</name>
    <message>
        <source>%1 (accepted, another factor is required)</source>
        <translation>%1 (accettato, è richiesto un altro fattore)</translation>
    </message>
    <message>
        <source>%1 could not be read as a private key (OpenSSH or PEM; Ed25519, ECDSA or RSA)</source>
        <translation>%1 non può essere letto come chiave privata (OpenSSH o PEM; Ed25519, ECDSA o RSA)</translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens this key.</source>
        <translation>La passphrase memorizzata non apre più questa chiave.</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase per %1:</translation>
    </message>
    <message>
        <source>no passphrase given for %1</source>
        <translation>nessuna passphrase fornita per %1</translation>
    </message>
    <message numerus="yes">
        <source>wrong passphrase for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>passphrase errata per %1 (%n tentativo)</numerusform>
            <numerusform>passphrase errata per %1 (%n tentativi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for %1 (attempt %2 of %3).</source>
        <translation>Passphrase errata per %1 (tentativo %2 di %3).</translation>
    </message>
    <message>
        <source>wrong passphrase for %1 (%2 attempts)</source>
        <translation>passphrase errata per %1 (%2 tentativi)</translation>
    </message>
    <message>
        <source>%1 is missing or is not a private key</source>
        <translation>%1 manca o non è una chiave privata</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>your SSH certificate %1 expired at %2 (%3 ago); %4</source>
        <translation>il tuo certificato SSH %1 è scaduto il %2 (%3 fa); %4</translation>
    </message>
    <message>
        <source>your SSH certificate %1 is valid only from %2 (check this computer&apos;s clock)</source>
        <translation>il tuo certificato SSH %1 è valido solo a partire dal %2 (controlla l&apos;orologio di questo computer)</translation>
    </message>
    <message>
        <source>%1 could not be read by libssh</source>
        <translation>%1 non può essere letto da libssh</translation>
    </message>
    <message>
        <source>certificate %1, valid until %2</source>
        <translation>certificato %1, valido fino al %2</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>certificato %1</translation>
    </message>
    <message>
        <source>publickey %1</source>
        <translation>publickey %1</translation>
    </message>
    <message>
        <source>%1 (not accepted by the server)</source>
        <translation>%1 (non accettato dal server)</translation>
    </message>
    <message>
        <source>%1 does not belong to the key %2</source>
        <translation>%1 non appartiene alla chiave %2</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (rifiutato)</translation>
    </message>
    <message>
        <source>publickey from ssh-agent</source>
        <translation>publickey da ssh-agent</translation>
    </message>
    <message>
        <source>ssh-agent at %1 did not answer</source>
        <translation>ssh-agent su %1 non ha risposto</translation>
    </message>
    <message>
        <source>%1 (no key accepted)</source>
        <translation>%1 (nessuna chiave accettata)</translation>
    </message>
    <message>
        <source>the server&apos;s question &quot;%1&quot; was not answered</source>
        <translation>la domanda del server &quot;%1&quot; non ha ricevuto risposta</translation>
    </message>
    <message numerus="yes">
        <source>the server refused the answers given (%n attempt(s))</source>
        <translation>
            <numerusform>il server ha rifiutato le risposte fornite (%n tentativo)</numerusform>
            <numerusform>il server ha rifiutato le risposte fornite (%n tentativi)</numerusform>
        </translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <source>The server refused the answers (attempt %1 of %2). Check the code or password.</source>
        <translation>Il server ha rifiutato le risposte (tentativo %1 di %2). Controlla il codice o la password.</translation>
    </message>
    <message>
        <source>keyboard-interactive (answers refused)</source>
        <translation>keyboard-interactive (risposte rifiutate)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password per %1:</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>nessuna password fornita per %1</translation>
    </message>
    <message numerus="yes">
        <source>wrong password for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>password errata per %1 (%n tentativo)</numerusform>
            <numerusform>password errata per %1 (%n tentativi)</numerusform>
        </translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>The remembered password was refused; type it again.</source>
        <translation>La password memorizzata è stata rifiutata; digitala di nuovo.</translation>
    </message>
    <message>
        <source>Wrong password for %1 (attempt %2 of %3).</source>
        <translation>Password errata per %1 (tentativo %2 di %3).</translation>
    </message>
    <message numerus="yes">
        <source>password (wrong password, %n attempt(s))</source>
        <translation>
            <numerusform>password (password errata, %n tentativo)</numerusform>
            <numerusform>password (password errata, %n tentativi)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>password errata per %1</translation>
    </message>
    <message>
        <source>none (the server asked for nothing)</source>
        <translation>none (il server non ha chiesto nulla)</translation>
    </message>
    <message>
        <source>login to %1 failed: %2</source>
        <translation>login su %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>login to %1 cancelled</source>
        <translation>login su %1 annullato</translation>
    </message>
    <message>
        <source>login to %1 cancelled: %2</source>
        <translation>login su %1 annullato: %2</translation>
    </message>
    <message>
        <source>Permission denied for %1 (the server accepts: %2).</source>
        <translation>Permesso negato per %1 (il server accetta: %2).</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nient&apos;altro</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation>Tentati: %1</translation>
    </message>
    <message>
        <source>No key, agent or password was available to try; set identity_file in the profile or load your key into ssh-agent.</source>
        <translation>Nessuna chiave, agent o password disponibile da provare; imposta identity_file nel profilo o carica la chiave in ssh-agent.</translation>
    </message>
    <message>
        <source>Your SSH certificate %1 expires in %2 (at %3); the next login after that will fail. %4</source>
        <translation>Il tuo certificato SSH %1 scade tra %2 (alle %3); dopo di allora il login non riuscirà. %4</translation>
    </message>
    <message>
        <source>the agent answered message %1, not an identity list</source>
        <translation>l&apos;agent ha risposto con il messaggio %1, non con un elenco di identità</translation>
    </message>
    <message>
        <source>the agent&apos;s identity list is cut short</source>
        <translation>l&apos;elenco di identità dell&apos;agent è troncato</translation>
    </message>
    <message>
        <source>the agent sent a key without a type</source>
        <translation>l&apos;agent ha inviato una chiave senza tipo</translation>
    </message>
    <message>
        <source>the agent&apos;s answer is too large</source>
        <translation>la risposta dell&apos;agent è troppo grande</translation>
    </message>
    <message>
        <source>the agent did not answer in time</source>
        <translation>l&apos;agent non ha risposto in tempo</translation>
    </message>
    <message>
        <source>your SSH certificate in ssh-agent (%1) expired at %2 (%3 ago); %4</source>
        <translation>il tuo certificato SSH in ssh-agent (%1) è scaduto il %2 (%3 fa); %4</translation>
    </message>
</context>
<context>
    <name>fab::remote::ConnectionSettings</name>
    <message>
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connessione in corso</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>renew it with: step ssh login &apos;YOUR-EMAIL&apos; --provisioner cineca-hpc (the e-mail registered in CINECA&apos;s UserDB; certificates last 12 h)</source>
        <translation>rinnovalo con: step ssh login &apos;TUA-EMAIL&apos; --provisioner cineca-hpc (l&apos;e-mail registrata nella UserDB di CINECA; i certificati durano 12 h)</translation>
    </message>
    <message>
        <source>ask your centre&apos;s certificate service for a new one (for smallstep: step ssh login …)</source>
        <translation>chiedine uno nuovo al servizio certificati del tuo centro (per smallstep: step ssh login …)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; runs on this computer; it has no SSH connection</source>
        <translation>il profilo &quot;%1&quot; viene eseguito su questo computer; non ha una connessione SSH</translation>
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
        <translation>impossibile creare un canale</translation>
    </message>
    <message>
        <source>the jump host could not open a connection to %1:%2 (%3); check AllowTcpForwarding on the jump host and the address of the next hop</source>
        <translation>il jump host non è riuscito ad aprire una connessione verso %1:%2 (%3); controlla AllowTcpForwarding sul jump host e l&apos;indirizzo del salto successivo</translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation>jump host %1: %2</translation>
    </message>
    <message>
        <source>the connection behind jump host %1 was closed</source>
        <translation>la connessione dietro il jump host %1 è stata chiusa</translation>
    </message>
    <message>
        <source>the link to jump host %1 dropped</source>
        <translation>il collegamento al jump host %1 è caduto</translation>
    </message>
    <message>
        <source>jump host %1 stopped answering</source>
        <translation>il jump host %1 ha smesso di rispondere</translation>
    </message>
</context>
<context>
    <name>fab::remote::HostKeyCheck</name>
    <message>
        <source>cannot encode the host key</source>
        <translation>impossibile codificare la chiave host</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>the server at %1 sent no host key</source>
        <translation>il server su %1 non ha inviato alcuna chiave host</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED.
  known_hosts (%2) has: %3
  the server now offers: %4
Someone may be intercepting the connection, or the centre replaced its key. Compare with the fingerprint the centre publishes; if the change is expected, remove the old entry with: ssh-keygen -R &apos;%5&apos; -f &apos;%2&apos; and connect again.</source>
        <translation>La chiave host di %1 è CAMBIATA.
  known_hosts (%2) contiene: %3
  il server ora offre: %4
Qualcuno potrebbe intercettare la connessione, oppure il centro ha sostituito la chiave. Confrontala con l&apos;impronta pubblicata dal centro; se il cambio è previsto, rimuovi la vecchia voce con: ssh-keygen -R &apos;%5&apos; -f &apos;%2&apos; e connettiti di nuovo.</translation>
    </message>
    <message>
        <source>
%1 resolves to %2 addresses; if they are login nodes with different keys, pin one node as the profile&apos;s host.</source>
        <translation>
%1 si risolve in %2 indirizzi; se sono nodi di login con chiavi diverse, fissa un solo nodo come host del profilo.</translation>
    </message>
    <message>
        <source>The server %1 offered a %2 host key, but known_hosts (%3) records only other key types for it: %4.
That is unusual: check the centre&apos;s published fingerprints; if the new key is right, remove the old entries with ssh-keygen -R &apos;%5&apos; -f &apos;%3&apos;.</source>
        <translation>Il server %1 ha offerto una chiave host %2, ma known_hosts (%3) registra per esso solo altri tipi di chiave: %4.
È insolito: controlla le impronte pubblicate dal centro; se la nuova chiave è corretta, rimuovi le vecchie voci con ssh-keygen -R &apos;%5&apos; -f &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not one of the fingerprints published for this cluster:
%3
The connection may be intercepted, or the list in the profile is out of date: check the centre&apos;s documentation before going on.</source>
        <translation>La chiave host di %1 (%2) non è tra le impronte pubblicate per questo cluster:
%3
La connessione potrebbe essere intercettata, oppure l&apos;elenco nel profilo non è aggiornato: controlla la documentazione del centro prima di proseguire.</translation>
    </message>
    <message>
        <source>the host key of %1 was refused</source>
        <translation>la chiave host di %1 è stata rifiutata</translation>
    </message>
    <message>
        <source>%1 is a round-robin name: it leads to %2 login nodes (%3), each with its own host key. Fabbrica records each node&apos;s key under its address, so moving between nodes is not mistaken for a changed key. This node (%4) has not been seen before.</source>
        <translation>%1 è un nome round-robin: porta a %2 nodi di login (%3), ognuno con la propria chiave host. Fabbrica registra la chiave di ogni nodo sotto il suo indirizzo, così passare da un nodo all&apos;altro non viene scambiato per un cambio di chiave. Questo nodo (%4) non è mai stato visto prima.</translation>
    </message>
    <message>
        <source> known_hosts has a different key for the name itself, most likely another node&apos;s.</source>
        <translation> known_hosts ha una chiave diversa per il nome stesso, molto probabilmente quella di un altro nodo.</translation>
    </message>
    <message>
        <source>This is the first connection to %1: its key is not in %2.</source>
        <translation>Questa è la prima connessione a %1: la sua chiave non è in %2.</translation>
    </message>
    <message>
        <source>cancelled while waiting for an answer about the host key of %1</source>
        <translation>annullato durante l&apos;attesa di una risposta sulla chiave host di %1</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) was not accepted</source>
        <translation>la chiave host di %1 (%2) non è stata accettata</translation>
    </message>
    <message>
        <source>the host key was accepted but could not be saved: %1</source>
        <translation>la chiave host è stata accettata ma non è stato possibile salvarla: %1</translation>
    </message>
</context>
<context>
    <name>fab::remote::Ops</name>
    <message>
        <source>the server keeps refusing new channels: %1</source>
        <translation>il server continua a rifiutare nuovi canali: %1</translation>
    </message>
    <message>
        <source>the server refused to run the command: %1</source>
        <translation>il server si è rifiutato di eseguire il comando: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s on %2 and was stopped</source>
        <translation>il comando non è terminato entro %1 s su %2 ed è stato fermato</translation>
    </message>
    <message>
        <source>the connection dropped while the command was running (%1); it may or may not have completed on the server</source>
        <translation>la connessione è caduta mentre il comando era in esecuzione (%1); potrebbe essere stato completato o no sul server</translation>
    </message>
    <message>
        <source>reading the command&apos;s output failed: %1</source>
        <translation>lettura dell&apos;output del comando non riuscita: %1</translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed by a signal?)</source>
        <translation>il comando è terminato senza stato di uscita (ucciso da un segnale?)</translation>
    </message>
    <message>
        <source>following %1 ended: tail exited on the server</source>
        <translation>il monitoraggio di %1 è terminato: tail è uscito sul server</translation>
    </message>
    <message>
        <source>following %1 ended: %2</source>
        <translation>il monitoraggio di %1 è terminato: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SecretStore</name>
    <message>
        <source>no application object</source>
        <translation>nessun oggetto applicazione</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>il portachiavi non ha risposto entro %1 s</translation>
    </message>
    <message>
        <source>the keychain is turned off for this connection, secret not remembered</source>
        <translation>il portachiavi è disattivato per questa connessione, segreto non memorizzato</translation>
    </message>
    <message>
        <source>no keychain available, secret not remembered</source>
        <translation>nessun portachiavi disponibile, segreto non memorizzato</translation>
    </message>
    <message>
        <source>the keychain did not answer, secret not remembered</source>
        <translation>il portachiavi non ha risposto, segreto non memorizzato</translation>
    </message>
    <message>
        <source>the keychain refused the secret (%1), secret not remembered</source>
        <translation>il portachiavi ha rifiutato il segreto (%1), segreto non memorizzato</translation>
    </message>
</context>
<context>
    <name>fab::remote::SessionSetup</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossibile risolvere %1: %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 non ha un indirizzo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>cannot reach %1 port %2 (%3)</source>
        <translation>impossibile raggiungere %1 sulla porta %2 (%3)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria esaurita</translation>
    </message>
    <message>
        <source>SSH handshake with %1 (%2) failed: %3</source>
        <translation>handshake SSH con %1 (%2) non riuscito: %3</translation>
    </message>
    <message>
        <source>the connection to %1 dropped during login: %2</source>
        <translation>la connessione a %1 è caduta durante il login: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SshConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation>la connessione è stata chiusa</translation>
    </message>
    <message>
        <source>invalid remote path %1</source>
        <translation>percorso remoto non valido %1</translation>
    </message>
    <message>
        <source>cannot expand the remote path %1: %2</source>
        <translation>impossibile espandere il percorso remoto %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SshWorker</name>
    <message>
        <source>Your SSH certificate %1 expires in %2; after that, a dropped link cannot be re-established. %3</source>
        <translation>Il tuo certificato SSH %1 scade tra %2; dopo di allora, un collegamento caduto non potrà essere ristabilito. %3</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connessione è stata chiusa</translation>
    </message>
    <message>
        <source>not connected to %1; open the connection first</source>
        <translation>non connesso a %1; apri prima la connessione</translation>
    </message>
    <message>
        <source>not connected to %1: %2</source>
        <translation>non connesso a %1: %2</translation>
    </message>
    <message>
        <source>jump host %1 of %2 (%3)</source>
        <translation>jump host %1 di %2 (%3)</translation>
    </message>
    <message>
        <source>cannot create a socket pair</source>
        <translation>impossibile creare una coppia di socket</translation>
    </message>
    <message>
        <source>reconnecting to %1 (attempt %2)</source>
        <translation>riconnessione a %1 (tentativo %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connessione a %1</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation>%1 — nuovo tentativo tra %2 s</translation>
    </message>
    <message>
        <source>connection lost (%1); reconnecting</source>
        <translation>connessione persa (%1); riconnessione in corso</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <source>the SFTP subsystem did not start (%1)</source>
        <translation>il sottosistema SFTP non si è avviato (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>il server ha chiuso la connessione</translation>
    </message>
    <message>
        <source>still not connected to %1 after %2 s: %3</source>
        <translation>ancora non connesso a %1 dopo %2 s: %3</translation>
    </message>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation>nessuna risposta dal server da %1 s</translation>
    </message>
</context>
<context>
    <name>fab::remote::TerminalPrompter</name>
    <message>
        <source>The host key of %1 (%2, port %3)%4 is not known yet:
  %5 %6
</source>
        <translation>La chiave host di %1 (%2, porta %3)%4 non è ancora nota:
  %5 %6
</translation>
    </message>
    <message>
        <source>It matches a fingerprint published for this cluster.
</source>
        <translation>Corrisponde a un&apos;impronta pubblicata per questo cluster.
</translation>
    </message>
    <message>
        <source>Trusted because of --accept-new-host-key; saved in %1 as %2.
</source>
        <translation>Considerata attendibile grazie a --accept-new-host-key; salvata in %1 come %2.
</translation>
    </message>
    <message>
        <source>Not trusted. Compare it with the fingerprint your centre publishes, then run again with --accept-new-host-key to save it in %1.
</source>
        <translation>Non considerata attendibile. Confrontala con l&apos;impronta pubblicata dal tuo centro, poi esegui di nuovo con --accept-new-host-key per salvarla in %1.
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>nota: %1
</translation>
    </message>
</context>
<context>
    <name>fab::remote::Transfer</name>
    <message>
        <source>no such file or folder</source>
        <translation>file o cartella inesistente</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>esiste già</translation>
    </message>
    <message>
        <source>the server could not do it (disk full or quota exceeded?)</source>
        <translation>il server non è riuscito a farlo (disco pieno o quota superata?)</translation>
    </message>
    <message>
        <source>SFTP is not available on %1: %2</source>
        <translation>SFTP non è disponibile su %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossibile leggere %1</translation>
    </message>
    <message>
        <source>cannot list %1</source>
        <translation>impossibile elencare %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossibile aprire %1</translation>
    </message>
    <message>
        <source>cannot continue %1 at byte %2</source>
        <translation>impossibile continuare %1 dal byte %2</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>scrittura di %1 non riuscita</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>lettura di %1 non riuscita</translation>
    </message>
    <message>
        <source>cannot set the permissions of %1</source>
        <translation>impossibile impostare i permessi di %1</translation>
    </message>
</context>
<context>
    <name>fab::shellQuote</name>
    <message>
        <source>the value contains a NUL character (byte %1), which a shell cannot pass on; remove it</source>
        <translation>il valore contiene un carattere NUL (byte %1), che una shell non può passare; rimuovilo</translation>
    </message>
</context>
<context>
    <name>fab::train</name>
    <message>
        <source> (see fabbrica-train --help)</source>
        <translation> (vedi fabbrica-train --help)</translation>
    </message>
    <message>
        <source>fabbrica-train: unexpected argument &quot;%1&quot; (options start with --)</source>
        <translation>fabbrica-train: argomento inatteso &quot;%1&quot; (le opzioni iniziano con --)</translation>
    </message>
    <message>
        <source>fabbrica-train: cannot read %1: %2</source>
        <translation>fabbrica-train: impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>fabbrica-train: %1 is not a JSON object</source>
        <translation>fabbrica-train: %1 non è un oggetto JSON</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, got &quot;%2&quot;</source>
        <translation>--%1 richiede un numero intero, ma è &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 expects a number, got &quot;%2&quot;</source>
        <translation>--%1 richiede un numero, ma è &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--- sample at step %1 ---</source>
        <translation>--- campione allo step %1 ---</translation>
    </message>
    <message>
        <source>
fabbrica-train: interrupted at step %1; continue with --resume --out %2</source>
        <translation>
fabbrica-train: interrotto allo step %1; continua con --resume --out %2</translation>
    </message>
    <message>
        <source>fabbrica-train: done; model, metrics and checkpoints in %1</source>
        <translation>fabbrica-train: fatto; modello, metriche e checkpoint in %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::AllocationsModel</name>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>the scheduler</source>
        <translation>lo scheduler</translation>
    </message>
    <message>
        <source>%1 did not report how much this account was granted (no limit is set, or the tool does not print one).</source>
        <translation>%1 non ha indicato quanto è stato assegnato a questo account (non è impostato alcun limite, oppure lo strumento non lo stampa).</translation>
    </message>
    <message>
        <source>%1 did not report how much this account has used.</source>
        <translation>%1 non ha indicato quanto ha usato questo account.</translation>
    </message>
    <message>
        <source>What is left is granted − used, and %1 did not report both.</source>
        <translation>Il rimanente è assegnato − usato, e %1 non li ha indicati entrambi.</translation>
    </message>
    <message>
        <source>The share used needs both the granted and the used amount, and %1 did not report both.</source>
        <translation>La quota usata richiede sia la quantità assegnata sia quella usata, e %1 non le ha indicate entrambe.</translation>
    </message>
    <message>
        <source>%1 does not print the allocation period.</source>
        <translation>%1 non stampa il periodo dell&apos;allocazione.</translation>
    </message>
    <message>
        <source>Used as a share of what was granted</source>
        <translation>Quota usata rispetto all&apos;assegnato</translation>
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
        <translation>%1 non ha indicato l&apos;utilizzo di questo utente.</translation>
    </message>
    <message>
        <source>This user&apos;s share of the account&apos;s use, as %1 printed it</source>
        <translation>La quota di questo utente sul consumo dell&apos;account, come stampata da %1</translation>
    </message>
    <message>
        <source>%1 % of use</source>
        <translation>%1 % dell&apos;uso</translation>
    </message>
    <message>
        <source>Project or account; expand it to see who used what</source>
        <translation>Progetto o account; espandilo per vedere chi ha usato cosa</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Assegnato</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usato</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Rimanente</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>% usato</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
</context>
<context>
    <name>fab::widgets::AllocationsView</name>
    <message>
        <source>No budget to show</source>
        <translation>Nessun budget da mostrare</translation>
    </message>
    <message>
        <source>Pick a cluster on the left to see its projects&apos; GPU- and CPU-hours: granted, used and left, and when the budget runs out at the current pace.</source>
        <translation>Scegli un cluster a sinistra per vedere le ore GPU e CPU dei suoi progetti: assegnate, usate e rimanenti, e quando il budget si esaurirà al ritmo attuale.</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Non ancora aggiornato</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Ultimo aggiornamento</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Ask the cluster for its budgets and partitions now (sshare, sinfo and the site&apos;s budget tool)</source>
        <translation>Chiede ora al cluster i budget e le partizioni (sshare, sinfo e lo strumento di budget del centro)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allocazioni</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsione</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partizioni</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>The scheduler gave no answer about allocations.</source>
        <translation>Lo scheduler non ha dato risposta sulle allocazioni.</translation>
    </message>
    <message>
        <source>The scheduler gave no answer about partitions.</source>
        <translation>Lo scheduler non ha dato risposta sulle partizioni.</translation>
    </message>
    <message>
        <source>The scheduler reported no allocations for this profile.</source>
        <translation>Lo scheduler non ha riportato allocazioni per questo profilo.</translation>
    </message>
    <message>
        <source>the history could not be read</source>
        <translation>non è stato possibile leggere la cronologia</translation>
    </message>
    <message>
        <source>This reading could not be kept in the history (%1), so the chart may miss it.</source>
        <translation>Questa lettura non è stata salvata nella cronologia (%1), quindi potrebbe mancare nel grafico.</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Ultimo aggiornamento: %1</translation>
    </message>
    <message>
        <source>Budgets and partitions of %1 refreshed</source>
        <translation>Budget e partizioni di %1 aggiornati</translation>
    </message>
    <message>
        <source>Budgets and partitions of %1 refreshed, with problems: see the note above the table</source>
        <translation>Budget e partizioni di %1 aggiornati, con problemi: vedi la nota sopra la tabella</translation>
    </message>
    <message>
        <source>Select an account to see its use over time</source>
        <translation>Seleziona un account per vederne l&apos;utilizzo nel tempo</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ConnectionIndicator</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 all&apos;indirizzo %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>tramite %1</translation>
    </message>
    <message>
        <source>Host key %1 %2</source>
        <translation>Chiave host %1 %2</translation>
    </message>
    <message>
        <source>Logged in by %1</source>
        <translation>Accesso con %1</translation>
    </message>
    <message>
        <source>Certificate valid for %1 more</source>
        <translation>Certificato valido ancora per %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connessione: %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentDocument</name>
    <message>
        <source>Edit JSON text</source>
        <translation>Modifica il testo JSON</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentEditor</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The experiment could not be saved:
%1</source>
        <translation>Non è stato possibile salvare l&apos;esperimento:
%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>%1 opened (written in an older format; it is upgraded when saved)</source>
        <translation>%1 aperto (scritto in un formato precedente; viene aggiornato al salvataggio)</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 aperto</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: trovato %n problema</numerusform>
            <numerusform>%1: trovati %n problemi</numerusform>
        </translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nuovo da template…</translation>
    </message>
    <message>
        <source>Start a new experiment from a working example</source>
        <translation>Inizia un nuovo esperimento da un esempio funzionante</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salva &amp;come…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annulla: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Ripeti: %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Experiment JSON</source>
        <translation>JSON dell&apos;esperimento</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>Fai clic su un problema per andare al suo campo</translation>
    </message>
    <message>
        <source>Open an experiment or start one from a template.</source>
        <translation>Apri un esperimento o creane uno da un template.</translation>
    </message>
    <message>
        <source>Job on %1</source>
        <translation>Job su %1</translation>
    </message>
    <message>
        <source>Job (no cluster chosen)</source>
        <translation>Job (nessun cluster scelto)</translation>
    </message>
    <message>
        <source>Job on %1 (no such profile: no defaults)</source>
        <translation>Job su %1 (profilo inesistente: nessun valore predefinito)</translation>
    </message>
    <message>
        <source>The JSON text has an error; the batch script appears once it is fixed.</source>
        <translation>Il testo JSON contiene un errore; lo script batch comparirà quando sarà corretto.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first: see the list under the form. The batch script appears once the experiment is valid.</source>
        <translation>
            <numerusform>%n problema da correggere prima: vedi l&apos;elenco sotto il modulo. Lo script batch comparirà quando l&apos;esperimento sarà valido.</numerusform>
            <numerusform>%n problemi da correggere prima: vedi l&apos;elenco sotto il modulo. Lo script batch comparirà quando l&apos;esperimento sarà valido.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Nessun problema</translation>
    </message>
    <message>
        <source>Problems (%1) — click one to go to it</source>
        <translation>Problemi (%1) — fai clic su uno per raggiungerlo</translation>
    </message>
    <message>
        <source>No experiment</source>
        <translation>Nessun esperimento</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1” ha modifiche non salvate. Salvarle prima?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Apri esperimento</translation>
    </message>
    <message>
        <source>Experiments (*.json);;All files (*)</source>
        <translation>Esperimenti (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>Salvare con problemi?</translation>
    </message>
    <message>
        <source>The JSON text is not valid (%1). It is saved exactly as written, and opens with the same error until it is fixed.</source>
        <translation>Il testo JSON non è valido (%1). Viene salvato esattamente com&apos;è scritto, e si riaprirà con lo stesso errore finché non sarà corretto.</translation>
    </message>
    <message numerus="yes">
        <source>This experiment has %n problem(s). It can be saved, but not submitted until they are fixed.</source>
        <translation>
            <numerusform>Questo esperimento ha %n problema. Si può salvare, ma non sottomettere finché non sarà corretto.</numerusform>
            <numerusform>Questo esperimento ha %n problemi. Si può salvare, ma non sottomettere finché non saranno corretti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <source>Save experiment as</source>
        <translation>Salva esperimento come</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Esperimenti (*.json)</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Sostituire i file?</translation>
    </message>
    <message>
        <source>These files exist already in %1:

%2

Replace them with the template&apos;s?</source>
        <translation>Questi file esistono già in %1:

%2

Sostituirli con quelli del template?</translation>
    </message>
    <message>
        <source>Template not copied</source>
        <translation>Template non copiato</translation>
    </message>
    <message>
        <source>Created %1 from the template “%2”.</source>
        <translation>Creato %1 dal template “%2”.</translation>
    </message>
    <message>
        <source>Put your data into %1.</source>
        <translation>Metti i tuoi dati in %1.</translation>
    </message>
    <message>
        <source>Add these files yourself: %1.</source>
        <translation>Aggiungi tu questi file: %1.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentForm</name>
    <message>
        <source>Experiment form</source>
        <translation>Modulo dell&apos;esperimento</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). The form shows the last valid version and is read-only until the text is fixed.</source>
        <translation>Il testo JSON contiene un errore (%1). Il modulo mostra l&apos;ultima versione valida ed è di sola lettura finché il testo non sarà corretto.</translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). Fix it in the JSON pane to edit the form.</source>
        <translation>Il testo JSON contiene un errore (%1). Correggilo nel riquadro JSON per modificare il modulo.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>e.g. gpt2-lora-lr-sweep</source>
        <translation>ad es. gpt2-lora-lr-sweep</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>The job&apos;s name in the queue and the name of its run folder: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;.</source>
        <translation>Il nome del job nella coda e della sua cartella di esecuzione: lettere, cifre, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Esegui su:</translation>
    </message>
    <message>
        <source>Where the experiment runs: This computer (a local process), or a cluster profile. Picking a cluster fills an empty account and partition with the profile&apos;s defaults.</source>
        <translation>Dove viene eseguito l&apos;esperimento: Questo computer (un processo locale) o un profilo di cluster. Scegliendo un cluster, account e partizione vuoti vengono riempiti con i valori predefiniti del profilo.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non scelto)</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (preimpostato)</translation>
    </message>
    <message>
        <source>%1 (no such profile)</source>
        <translation>%1 (profilo inesistente)</translation>
    </message>
    <message>
        <source>Choose where to run</source>
        <translation>Scegli dove eseguire</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>valore predefinito del profilo</translation>
    </message>
    <message>
        <source>The project whose budget pays for the job (--account), e.g. AIFAC_L13_018. Empty: the cluster profile&apos;s default.</source>
        <translation>Il progetto il cui budget paga il job (--account), ad es. AIFAC_L13_018. Vuoto: il predefinito del profilo del cluster.</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partizione:</translation>
    </message>
    <message>
        <source>The group of nodes the job runs on (--partition), e.g. a GPU partition such as boost_usr_prod. Empty: the profile&apos;s default.</source>
        <translation>Il gruppo di nodi su cui gira il job (--partition), ad es. una partizione GPU come boost_usr_prod. Vuoto: il predefinito del profilo.</translation>
    </message>
    <message>
        <source>QoS:</source>
        <translation>QoS:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>valore predefinito</translation>
    </message>
    <message>
        <source>Quality of service (--qos): a class of jobs with its own limits and priority, e.g. a short debug queue. Usually empty.</source>
        <translation>Qualità del servizio (--qos): una classe di job con limiti e priorità propri, ad es. una coda breve di debug. Di solito vuoto.</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nodi:</translation>
    </message>
    <message>
        <source>How many machines (nodes) the job uses at once (--nodes). 1 unless the training script spreads over several nodes (torchrun, srun).</source>
        <translation>Quante macchine (nodi) usa il job contemporaneamente (--nodes). 1, a meno che lo script di addestramento non si distribuisca su più nodi (torchrun, srun).</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nodi</translation>
    </message>
    <message>
        <source>GPUs per node:</source>
        <translation>GPU per nodo:</translation>
    </message>
    <message>
        <source>How many GPUs the job gets on each node (--gpus-per-node). 0 for a job without GPUs.</source>
        <translation>Quante GPU riceve il job su ogni nodo (--gpus-per-node). 0 per un job senza GPU.</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU per nodo</translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation>CPU per task:</translation>
    </message>
    <message>
        <source>CPU cores for each task (--cpus-per-task): data loading and preprocessing run on these.</source>
        <translation>Core CPU per ogni task (--cpus-per-task): il caricamento e la pre-elaborazione dei dati girano su questi.</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPU per task</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memoria:</translation>
    </message>
    <message>
        <source>e.g. 120G</source>
        <translation>ad es. 120G</translation>
    </message>
    <message>
        <source>Memory per node (--mem), e.g. 120G or 512M; a number alone means megabytes. Empty: the partition&apos;s default share.</source>
        <translation>Memoria per nodo (--mem), ad es. 120G o 512M; un numero da solo indica megabyte. Vuoto: la quota predefinita della partizione.</translation>
    </message>
    <message>
        <source>Wall time:</source>
        <translation>Wall time:</translation>
    </message>
    <message>
        <source>e.g. 02:00:00</source>
        <translation>ad es. 02:00:00</translation>
    </message>
    <message>
        <source>The longest the job may run (--time): 02:00:00 is two hours, 1-12:00:00 a day and a half. Slurm stops the job when it runs out, and the budget is held for the whole time.</source>
        <translation>Il tempo massimo per cui il job può girare (--time): 02:00:00 sono due ore, 1-12:00:00 un giorno e mezzo. Slurm ferma il job allo scadere, e il budget resta impegnato per l&apos;intero tempo.</translation>
    </message>
    <message>
        <source>Reservation:</source>
        <translation>Reservation:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>Nodes the site has set aside for you (--reservation), e.g. for a course or a deadline. Usually empty.</source>
        <translation>Nodi che il centro ha riservato per te (--reservation), ad es. per un corso o una scadenza. Di solito vuoto.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>e.g. profile/deeplrn cineca-ai</source>
        <translation>ad es. profile/deeplrn cineca-ai</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Moduli:</translation>
    </message>
    <message>
        <source>Environment modules loaded before the command (module load …), separated by spaces.</source>
        <translation>Moduli d&apos;ambiente caricati prima del comando (module load …), separati da spazi.</translation>
    </message>
    <message>
        <source>Edit modules</source>
        <translation>Modifica moduli</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <source>An Apptainer/Singularity image (.sif) the command runs inside, e.g. $HOME/containers/pytorch.sif. Empty: no container.</source>
        <translation>Un&apos;immagine Apptainer/Singularity (.sif) in cui gira il comando, ad es. $HOME/containers/pytorch.sif. Vuoto: nessun container.</translation>
    </message>
    <message>
        <source>container</source>
        <translation>container</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variabile</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Aggiungi variabile</translation>
    </message>
    <message>
        <source>Remove selected variable</source>
        <translation>Rimuovi la variabile selezionata</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variabili:</translation>
    </message>
    <message>
        <source>Environment variables set before the command; $VARS in values are expanded by the shell.</source>
        <translation>Variabili d&apos;ambiente impostate prima del comando; le $VARS nei valori vengono espanse dalla shell.</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>variabili</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>File da caricare</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Add a file or folder</source>
        <translation>Aggiungi un file o una cartella</translation>
    </message>
    <message>
        <source>Remove selected file</source>
        <translation>Rimuovi il file selezionato</translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation>Carica:</translation>
    </message>
    <message>
        <source>Files and folders (ending in /) next to the experiment file, copied into the run folder before the job starts. Paths are relative to the experiment&apos;s folder.</source>
        <translation>File e cartelle (che terminano con /) accanto al file dell&apos;esperimento, copiati nella cartella di esecuzione prima che il job parta. I percorsi sono relativi alla cartella dell&apos;esperimento.</translation>
    </message>
    <message>
        <source>files to upload</source>
        <translation>file da caricare</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>e.g. python train.py --lr {lr}</source>
        <translation>ad es. python train.py --lr {lr}</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Esegui:</translation>
    </message>
    <message>
        <source>The shell command of each task. {name} is replaced by the parameter or sweep value of that name; write {{ and }} for literal braces. ${VAR} is the shell&apos;s.</source>
        <translation>Il comando shell di ogni task. {nome} viene sostituito dal valore del parametro o dello sweep con quel nome; scrivi {{ e }} per le graffe letterali. ${VAR} è della shell.</translation>
    </message>
    <message>
        <source>Edit command</source>
        <translation>Modifica comando</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Aggiungi parametro</translation>
    </message>
    <message>
        <source>Remove selected parameter</source>
        <translation>Rimuovi il parametro selezionato</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valori:</translation>
    </message>
    <message>
        <source>Values for the command&apos;s {placeholders}: numbers, true/false, or text (&quot;32&quot; in quotes stays text). A sweep axis of the same name replaces the value task by task.</source>
        <translation>Valori per i {segnaposto} del comando: numeri, true/false o testo (&quot;32&quot; tra virgolette resta testo). Un asse dello sweep con lo stesso nome sostituisce il valore task per task.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parametri</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>Off: one job</source>
        <translation>Disattivato: un solo job</translation>
    </message>
    <message>
        <source>Grid: every combination</source>
        <translation>Griglia: tutte le combinazioni</translation>
    </message>
    <message>
        <source>Random: sample combinations</source>
        <translation>Casuale: combinazioni estratte</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modalità:</translation>
    </message>
    <message>
        <source>A sweep runs the command once per combination of the axes&apos; values, as one Slurm job array.</source>
        <translation>Uno sweep esegue il comando una volta per ogni combinazione dei valori degli assi, come un unico job array Slurm.</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Asse</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>Add axis</source>
        <translation>Aggiungi asse</translation>
    </message>
    <message>
        <source>Remove selected axis</source>
        <translation>Rimuovi l&apos;asse selezionato</translation>
    </message>
    <message>
        <source>Axes:</source>
        <translation>Assi:</translation>
    </message>
    <message>
        <source>Each axis is a parameter name and the values it takes, separated by commas.</source>
        <translation>Ogni asse è un nome di parametro con i valori che assume, separati da virgole.</translation>
    </message>
    <message>
        <source>sweep axes</source>
        <translation>assi dello sweep</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Campioni:</translation>
    </message>
    <message>
        <source>Random mode: how many distinct combinations to draw.</source>
        <translation>Modalità casuale: quante combinazioni distinte estrarre.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>campioni</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Random mode: the same seed draws the same combinations on every computer.</source>
        <translation>Modalità casuale: lo stesso seed estrae le stesse combinazioni su qualsiasi computer.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>At most at once:</source>
        <translation>Al massimo insieme:</translation>
    </message>
    <message>
        <source>How many tasks of the array may run at the same time (Slurm&apos;s %K on --array), to leave room for others or spare the budget. 0: no limit.</source>
        <translation>Quanti task dell&apos;array possono girare contemporaneamente (il %K di Slurm su --array), per lasciare spazio ad altri o risparmiare budget. 0: nessun limite.</translation>
    </message>
    <message>
        <source>tasks at once</source>
        <translation>task contemporanei</translation>
    </message>
    <message>
        <source>Turn the sweep off</source>
        <translation>Disattiva lo sweep</translation>
    </message>
    <message>
        <source>Change sweep mode</source>
        <translation>Cambia modalità dello sweep</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriche</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>The file the training script writes its metrics to, relative to the run folder. Fabbrica follows it while the job runs and draws the charts.</source>
        <translation>Il file in cui lo script di addestramento scrive le metriche, relativo alla cartella di esecuzione. Fabbrica lo segue mentre il job gira e disegna i grafici.</translation>
    </message>
    <message>
        <source>metrics file</source>
        <translation>file delle metriche</translation>
    </message>
    <message>
        <source>Fabbrica JSONL (one JSON object per line)</source>
        <translation>JSONL di Fabbrica (un oggetto JSON per riga)</translation>
    </message>
    <message>
        <source>CSV with a header line</source>
        <translation>CSV con riga di intestazione</translation>
    </message>
    <message>
        <source>Hugging Face Trainer log lines</source>
        <translation>Righe di log del Trainer di Hugging Face</translation>
    </message>
    <message>
        <source>MLflow file store</source>
        <translation>File store di MLflow</translation>
    </message>
    <message>
        <source>TensorBoard event files</source>
        <translation>File di eventi di TensorBoard</translation>
    </message>
    <message>
        <source>Lines matched by a regular expression</source>
        <translation>Righe riconosciute da un&apos;espressione regolare</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>How the metrics file is written.</source>
        <translation>Come è scritto il file delle metriche.</translation>
    </message>
    <message>
        <source>Change metrics format</source>
        <translation>Cambia formato delle metriche</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Pattern:</translation>
    </message>
    <message>
        <source>Format &quot;regex&quot;: a regular expression with a named group (?&lt;step&gt;…) and one per metric.</source>
        <translation>Formato &quot;regex&quot;: un&apos;espressione regolare con un gruppo con nome (?&lt;step&gt;…) e uno per ogni metrica.</translation>
    </message>
    <message>
        <source>metrics pattern</source>
        <translation>pattern delle metriche</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentScriptPane</name>
    <message>
        <source>One job</source>
        <translation>Un solo job</translation>
    </message>
    <message>
        <source>%1 tasks as one job array</source>
        <translation>%1 task come un unico job array</translation>
    </message>
    <message>
        <source>%1 tasks as one job array (split into %2 arrays: MaxArraySize %3)</source>
        <translation>%1 task come un unico job array (diviso in %2 array: MaxArraySize %3)</translation>
    </message>
    <message>
        <source>Batch script</source>
        <translation>Script batch</translation>
    </message>
    <message>
        <source>Parameter table</source>
        <translation>Tabella dei parametri</translation>
    </message>
    <message>
        <source>Rendering %1 tasks…</source>
        <translation>Generazione di %1 task…</translation>
    </message>
    <message>
        <source>No batch script yet</source>
        <translation>Ancora nessuno script batch</translation>
    </message>
    <message>
        <source>The batch script cannot be written yet</source>
        <translation>Lo script batch non può ancora essere generato</translation>
    </message>
    <message>
        <source>Cost at most: %1</source>
        <translation>Costo massimo: %1</translation>
    </message>
    <message>
        <source>%1
The whole wall time is held from the budget until the job ends.</source>
        <translation>%1
L&apos;intero wall time resta impegnato sul budget fino alla fine del job.</translation>
    </message>
    <message>
        <source># %1 of %2 scripts; the others differ only in their task range.
</source>
        <translation># %1 di %2 script; gli altri differiscono solo per l&apos;intervallo di task.
</translation>
    </message>
    <message>
        <source>No sweep: one job with these parameter values.</source>
        <translation>Nessuno sweep: un solo job con questi valori dei parametri.</translation>
    </message>
    <message>
        <source>%1. Showing the first %2 tasks; the row number is $SLURM_ARRAY_TASK_ID.</source>
        <translation>%1. Sono mostrati i primi %2 task; il numero di riga è $SLURM_ARRAY_TASK_ID.</translation>
    </message>
    <message>
        <source>%1. The row number is $SLURM_ARRAY_TASK_ID.</source>
        <translation>%1. Il numero di riga è $SLURM_ARRAY_TASK_ID.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentsView</name>
    <message>
        <source>No experiment open</source>
        <translation>Nessun esperimento aperto</translation>
    </message>
    <message>
        <source>Open experiment…</source>
        <translation>Apri esperimento…</translation>
    </message>
    <message>
        <source>An experiment describes one training job: the resources it needs, the command it runs and the hyperparameters to sweep. Open an experiment file (.json), or start from a template, to edit it and see its batch script.</source>
        <translation>Un esperimento descrive un job di addestramento: le risorse di cui ha bisogno, il comando che esegue e gli iperparametri su cui fare lo sweep. Apri un file di esperimento (.json), o parti da un template, per modificarlo e vederne lo script batch.</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nuovo da template…</translation>
    </message>
</context>
<context>
    <name>fab::widgets::FirstRunGuide</name>
    <message>
        <source>Welcome to Fabbrica</source>
        <translation>Benvenuto in Fabbrica</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Fabbrica&lt;/h2&gt;&lt;p&gt;Train on your own computer first, then scale the same experiment up on Europe&apos;s supercomputers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Benvenuto in Fabbrica&lt;/h2&gt;&lt;p&gt;Addestra prima sul tuo computer, poi porta lo stesso esperimento su scala maggiore sui supercomputer europei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try it on this computer</source>
        <translation>Provalo su questo computer</translation>
    </message>
    <message>
        <source>Runs a small sample training right here: no account, no network. Its loss curve appears within seconds.</source>
        <translation>Esegue qui un piccolo addestramento di esempio: niente account, niente rete. La sua curva di loss compare in pochi secondi.</translation>
    </message>
    <message>
        <source>Connect to a supercomputer</source>
        <translation>Connettiti a un supercomputer</translation>
    </message>
    <message>
        <source>Pick your centre (LUMI, Leonardo, MareNostrum 5, …), enter your user name and key or import them from ~/.ssh/config, and test the connection.</source>
        <translation>Scegli il tuo centro (LUMI, Leonardo, MareNostrum 5, …), inserisci nome utente e chiave o importali da ~/.ssh/config, e verifica la connessione.</translation>
    </message>
    <message>
        <source>Open a workshop bundle</source>
        <translation>Apri un pacchetto del workshop</translation>
    </message>
    <message>
        <source>Your teacher gave you a .fabbrica file: it brings the cluster, the experiments and the data of the course.</source>
        <translation>Il docente ti ha dato un file .fabbrica: contiene il cluster, gli esperimenti e i dati del corso.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which supercomputer?&lt;/h3&gt;&lt;p&gt;Fabbrica knows the login hosts, partitions and budget tools of these centres. You add your user name and key next.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quale supercomputer?&lt;/h3&gt;&lt;p&gt;Fabbrica conosce gli host di login, le partizioni e gli strumenti di budget di questi centri. Subito dopo aggiungi il tuo nome utente e la tua chiave.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Supercomputer centre</source>
        <translation>Centro di supercalcolo</translation>
    </message>
    <message>
        <source>Another cluster (enter its host yourself)</source>
        <translation>Un altro cluster (inserisci tu l&apos;host)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Configura…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
    <message>
        <source>Help ▸ Getting started opens this guide again.</source>
        <translation>Aiuto ▸ Primi passi riapre questa guida.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::GlossaryDialog</name>
    <message>
        <source>Account (project)</source>
        <translation>Account (progetto)</translation>
    </message>
    <message>
        <source>The project your hours are charged to, e.g. EUHPC_D12_345. Your centre gives it with the allocation; every job names one.</source>
        <translation>Il progetto su cui vengono addebitate le tue ore, ad es. EUHPC_D12_345. Te lo assegna il tuo centro insieme all&apos;allocazione; ogni job ne indica uno.</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocazione</translation>
    </message>
    <message>
        <source>The budget a project was granted on a machine, in GPU-hours, core-hours or node-hours, for a period. The Allocations tab shows what is used and what is left.</source>
        <translation>Il budget assegnato a un progetto su una macchina, in ore GPU, ore core o ore nodo, per un certo periodo. La scheda Allocazioni mostra quanto è stato usato e quanto rimane.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partizione</translation>
    </message>
    <message>
        <source>A group of the machine&apos;s nodes with its own limits, e.g. a GPU partition and a CPU partition, or a short debug one. You pick it per job.</source>
        <translation>Un gruppo di nodi della macchina con limiti propri, ad es. una partizione GPU e una CPU, o una di debug per job brevi. La scegli per ogni job.</translation>
    </message>
    <message>
        <source>QoS (quality of service)</source>
        <translation>QoS (qualità del servizio)</translation>
    </message>
    <message>
        <source>A set of limits and priority on top of the partition: how long, how many nodes, how many jobs at once. Most jobs use the default.</source>
        <translation>Un insieme di limiti e di priorità che si aggiunge alla partizione: per quanto tempo, quanti nodi, quanti job contemporaneamente. La maggior parte dei job usa quella predefinita.</translation>
    </message>
    <message>
        <source>GRES</source>
        <translation>GRES</translation>
    </message>
    <message>
        <source>&quot;Generic resources&quot;: what Slurm calls GPUs and other devices a job asks for, e.g. gpu:4 for four GPUs per node.</source>
        <translation>&quot;Generic resources&quot; (risorse generiche): il nome che Slurm dà alle GPU e agli altri dispositivi che un job richiede, ad es. gpu:4 per quattro GPU per nodo.</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Wall time</translation>
    </message>
    <message>
        <source>The longest a job may run, by the clock on the wall (e.g. 02:00:00). Slurm stops the job when it is reached; a shorter limit often starts sooner.</source>
        <translation>Il tempo massimo per cui un job può girare, misurato dall&apos;orologio a muro (ad es. 02:00:00). Slurm ferma il job quando viene raggiunto; con un limite più breve il job spesso parte prima.</translation>
    </message>
    <message>
        <source>Job array</source>
        <translation>Job array</translation>
    </message>
    <message>
        <source>One submission that runs many similar tasks, e.g. one per learning rate of a sweep. Each task has its own number and log; the queue treats them as one job.</source>
        <translation>Una sola sottomissione che esegue molti task simili, ad es. uno per ogni learning rate di uno sweep. Ogni task ha il proprio numero e il proprio log; la coda li tratta come un unico job.</translation>
    </message>
    <message>
        <source>Node hour</source>
        <translation>Ora nodo</translation>
    </message>
    <message>
        <source>One whole node used for one hour. Centres that charge whole nodes count these; others count GPU-hours (one GPU for one hour) or core-hours.</source>
        <translation>Un nodo intero usato per un&apos;ora. I centri che addebitano nodi interi contano queste; gli altri contano ore GPU (una GPU per un&apos;ora) o ore core.</translation>
    </message>
    <message>
        <source>GPU-hour</source>
        <translation>Ora GPU</translation>
    </message>
    <message>
        <source>One GPU used for one hour: 4 GPUs for 2 hours are 8 GPU-hours, charged whether or not the GPUs were busy.</source>
        <translation>Una GPU usata per un&apos;ora: 4 GPU per 2 ore fanno 8 ore GPU, addebitate anche se le GPU sono rimaste inattive.</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservation (prenotazione)</translation>
    </message>
    <message>
        <source>Nodes the centre sets aside for a group at a given time, e.g. a workshop. Jobs that name it start on those nodes without waiting in the general queue.</source>
        <translation>Nodi che il centro riserva a un gruppo in un certo periodo, ad es. per un workshop. I job che la indicano partono su quei nodi senza attendere nella coda generale.</translation>
    </message>
    <message>
        <source>Pending reason</source>
        <translation>Motivo dell&apos;attesa</translation>
    </message>
    <message>
        <source>Slurm&apos;s word for why a job waits (Priority, Resources, QOSMaxJobsPerUserLimit, …). The Jobs tab shows each in a sentence with what you can do.</source>
        <translation>La parola con cui Slurm indica perché un job è in attesa (Priority, Resources, QOSMaxJobsPerUserLimit, …). La scheda Job la spiega con una frase e indica cosa puoi fare.</translation>
    </message>
    <message>
        <source>Login node</source>
        <translation>Nodo di login</translation>
    </message>
    <message>
        <source>The machine you reach over SSH. It is shared: prepare and submit there, but never run training on it.</source>
        <translation>La macchina che raggiungi via SSH. È condivisa: lì prepara e sottometti, ma non eseguirci mai un addestramento.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <source>Glossary of HPC terms</source>
        <translation>Glossario dei termini HPC</translation>
    </message>
</context>
<context>
    <name>fab::widgets::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Chiave host sconosciuta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation>È davvero %1?</translation>
    </message>
    <message>
        <source>This is the first time Fabbrica connects to %1 (address %2, port %3). The server proves who it is with this key:</source>
        <translation>È la prima volta che Fabbrica si connette a %1 (indirizzo %2, porta %3). Il server dimostra la propria identità con questa chiave:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;&amp;#10004; It matches a fingerprint published for this cluster (from the profile).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;&amp;#10004; Corrisponde a un&apos;impronta pubblicata per questo cluster (dal profilo).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your centre publishes (in its documentation or its welcome e-mail). If they differ, do not connect: someone may be intercepting the connection.</source>
        <translation>Confrontala con l&apos;impronta pubblicata dal tuo centro (nella documentazione o nell&apos;e-mail di benvenuto). Se sono diverse, non connetterti: qualcuno potrebbe intercettare la connessione.</translation>
    </message>
    <message>
        <source>If you trust it, it is saved in %1 as %2 and not asked again. A later change of this key will be refused.</source>
        <translation>Se la consideri attendibile, viene salvata in %1 come %2 e non verrà più chiesta. Un successivo cambio di questa chiave sarà rifiutato.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Considera attendibile e connetti</translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsModel</name>
    <message>
        <source>unlimited</source>
        <translation>illimitato</translation>
    </message>
    <message>
        <source>%1 (signal %2)</source>
        <translation>%1 (segnale %2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Why it waits / ended</source>
        <translation>Perché attende / è terminato</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Trascorso</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Codice di uscita</translation>
    </message>
    <message>
        <source>Slurm says: %1</source>
        <translation>Slurm indica: %1</translation>
    </message>
    <message>
        <source>Slurm says: %1
%2</source>
        <translation>Slurm indica: %1
%2</translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsView</name>
    <message>
        <source>No jobs yet</source>
        <translation>Ancora nessun job</translation>
    </message>
    <message>
        <source>Jobs you submit from the Experiments tab appear here with their state, wait reason, elapsed time and logs. Start by opening an experiment.</source>
        <translation>I job che sottometti dalla scheda Esperimenti compaiono qui con stato, motivo dell&apos;attesa, tempo trascorso e log. Inizia aprendo un esperimento.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Aggiornamento periodico</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annulla job</translation>
    </message>
    <message>
        <source>Stops the selected job (or every task of an array), as scancel does</source>
        <translation>Ferma il job selezionato (o ogni task di un array), come fa scancel</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Aggiorna ora</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Output (stdout)</source>
        <translation>Output (stdout)</translation>
    </message>
    <message>
        <source>Errors (stderr)</source>
        <translation>Errori (stderr)</translation>
    </message>
    <message>
        <source>Select a job to follow its log.</source>
        <translation>Seleziona un job per seguirne il log.</translation>
    </message>
    <message>
        <source>Job log</source>
        <translation>Log del job</translation>
    </message>
    <message>
        <source>nothing left to check</source>
        <translation>niente da controllare</translation>
    </message>
    <message>
        <source>next check in %1 s</source>
        <translation>prossimo controllo tra %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</source>
        <translation>
            <numerusform>%n job mostrato, %1 ancora in esecuzione o in attesa · %2 · %3 interrogazioni dello scheduler nell&apos;ultimo minuto</numerusform>
            <numerusform>%n job mostrati, %1 ancora in esecuzione o in attesa · %2 · %3 interrogazioni dello scheduler nell&apos;ultimo minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel job %1? Its work so far stays in the run folder.</source>
        <translation>Annullare il job %1? Il lavoro svolto finora resta nella cartella di esecuzione.</translation>
    </message>
    <message>
        <source>Job %1 cancelled</source>
        <translation>Job %1 annullato</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>Impossibile annullare %1: %2</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Rimetti in coda</translation>
    </message>
    <message>
        <source>Puts the selected finished or failed job back in the queue, as scontrol requeue does</source>
        <translation>Rimette in coda il job selezionato, terminato o fallito, come fa scontrol requeue</translation>
    </message>
    <message>
        <source>Job %1 is queued again</source>
        <translation>Il job %1 è di nuovo in coda</translation>
    </message>
    <message>
        <source>Could not requeue %1: %2</source>
        <translation>Impossibile rimettere in coda %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::widgets::KeyValueModel</name>
    <message>
        <source>Values separated by commas, e.g. 1e-4, 3e-4, 1e-3. Put text with a comma in &quot;quotes&quot;.</source>
        <translation>Valori separati da virgole, ad es. 1e-4, 3e-4, 1e-3. Metti tra &quot;virgolette&quot; il testo che contiene una virgola.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunChart</name>
    <message>
        <source>training loss</source>
        <translation>loss di addestramento</translation>
    </message>
    <message>
        <source>evaluation loss</source>
        <translation>loss di valutazione</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Grafico della loss</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunForm</name>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>New toy model</source>
        <translation>Nuovo modello giocattolo</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Da un file</translation>
    </message>
    <message>
        <source>A small GPT-2 trained from scratch with a byte tokenizer: quick to try on any computer</source>
        <translation>Un piccolo GPT-2 addestrato da zero con un tokenizer a byte: rapido da provare su qualsiasi computer</translation>
    </message>
    <message>
        <source>A GPT-2 model.safetensors (Hugging Face layout) or its folder, fine-tuned</source>
        <translation>Un model.safetensors GPT-2 (struttura Hugging Face) o la sua cartella, su cui fare il fine-tuning</translation>
    </message>
    <message>
        <source>Layers, heads</source>
        <translation>Layer, head</translation>
    </message>
    <message>
        <source>Width, context</source>
        <translation>Larghezza, contesto</translation>
    </message>
    <message>
        <source>model.safetensors or its folder</source>
        <translation>model.safetensors o la sua cartella</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesi</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>a .txt or .jsonl file</source>
        <translation>un file .txt o .jsonl</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Rileva</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Testo semplice</translation>
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
        <translation>Formato, quota per la validazione</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <source>Full fine-tune</source>
        <translation>Fine-tuning completo</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>Rank, alpha</source>
        <translation>Rango, alpha</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Steps, batch, sequence</source>
        <translation>Step, batch, sequenza</translation>
    </message>
    <message>
        <source>Learning rate, warm-up</source>
        <translation>Learning rate, warm-up</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Evaluate, sample every</source>
        <translation>Valuta, campiona ogni</translation>
    </message>
    <message>
        <source>sample prompt (empty: start from nothing)</source>
        <translation>prompt di esempio (vuoto: parte da zero)</translation>
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
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation>Automatico (GPU se presente)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>tutti i core</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Esegui su</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Thread CPU</translation>
    </message>
    <message>
        <source>Choose a dataset: a plain-text (.txt) or JSONL (.jsonl) file.</source>
        <translation>Scegli un dataset: un file di testo semplice (.txt) o JSONL (.jsonl).</translation>
    </message>
    <message>
        <source>The dataset %1 does not exist.</source>
        <translation>Il dataset %1 non esiste.</translation>
    </message>
    <message>
        <source>The dataset %1 is not a readable file.</source>
        <translation>Il dataset %1 non è un file leggibile.</translation>
    </message>
    <message>
        <source>Choose the model to fine-tune: a GPT-2 model.safetensors or its folder.</source>
        <translation>Scegli il modello su cui fare il fine-tuning: un model.safetensors GPT-2 o la sua cartella.</translation>
    </message>
    <message>
        <source>The model %1 does not exist.</source>
        <translation>Il modello %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is not a .safetensors file or a model folder.</source>
        <translation>%1 non è un file .safetensors né una cartella di modello.</translation>
    </message>
    <message>
        <source>The width (%1) must be a multiple of the number of heads (%2): try %3.</source>
        <translation>La larghezza (%1) deve essere un multiplo del numero di head (%2): prova %3.</translation>
    </message>
    <message>
        <source>The sequence length (%1) is longer than the model&apos;s context (%2): lower it or raise the context.</source>
        <translation>La lunghezza della sequenza (%1) supera il contesto del modello (%2): riducila o aumenta il contesto.</translation>
    </message>
    <message>
        <source>LoRA needs at least one target layer (c_attn, c_proj or c_fc).</source>
        <translation>LoRA richiede almeno un layer target (c_attn, c_proj o c_fc).</translation>
    </message>
    <message>
        <source>Give a seed (a whole number): the same seed trains the same model.</source>
        <translation>Indica un seed (un numero intero): lo stesso seed addestra lo stesso modello.</translation>
    </message>
    <message>
        <source>Cannot start: %1.</source>
        <translation>Impossibile avviare: %1.</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>Scegli un dataset</translation>
    </message>
    <message>
        <source>Text or JSONL (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>Testo o JSONL (*.txt *.jsonl *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose a GPT-2 model</source>
        <translation>Scegli un modello GPT-2</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors);;All files (*)</source>
        <translation>safetensors (*.safetensors);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Head di attenzione</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Larghezza</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Lunghezza del contesto</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>File dei pesi</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>File del dataset</translation>
    </message>
    <message>
        <source>Dataset format</source>
        <translation>Formato del dataset</translation>
    </message>
    <message>
        <source>Held-out fraction</source>
        <translation>Quota per la validazione</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rango LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alpha LoRA</translation>
    </message>
    <message>
        <source>LoRA dropout</source>
        <translation>Dropout LoRA</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Dimensione del batch</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Lunghezza della sequenza</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Warm-up steps</source>
        <translation>Step di warm-up</translation>
    </message>
    <message>
        <source>Evaluate every N steps</source>
        <translation>Valuta ogni N step</translation>
    </message>
    <message>
        <source>Sample every N steps</source>
        <translation>Campiona ogni N step</translation>
    </message>
    <message>
        <source>Sample prompt</source>
        <translation>Prompt di esempio</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunsView</name>
    <message>
        <source>finished</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>stopped, can continue</source>
        <translation>fermata, può continuare</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>, loss %1</source>
        <translation>, loss %1</translation>
    </message>
    <message>
        <source>%1
%2 / %3 steps%4 · %5</source>
        <translation>%1
%2 / %3 step%4 · %5</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Scale &amp;up…</source>
        <translation>&amp;Scala sul cluster…</translation>
    </message>
    <message>
        <source>Start a new run with these settings, in a new folder</source>
        <translation>Avvia una nuova esecuzione con queste impostazioni, in una nuova cartella</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept, so the run can continue later</source>
        <translation>Si ferma dopo lo step corrente; viene conservato un checkpoint, così l&apos;esecuzione può continuare in seguito</translation>
    </message>
    <message>
        <source>Turn this run into a cluster experiment with the same hyperparameters</source>
        <translation>Trasforma questa esecuzione in un esperimento per il cluster con gli stessi iperparametri</translation>
    </message>
    <message>
        <source>No run yet: choose the settings on the left and press Start.</source>
        <translation>Nessuna esecuzione: scegli le impostazioni a sinistra e premi Avvia.</translation>
    </message>
    <message>
        <source>Try it on this computer first</source>
        <translation>Provalo prima su questo computer</translation>
    </message>
    <message>
        <source>Fine-tune a small language model on your own machine before spending cluster hours: choose a model and a dataset on the left (the sample dataset is ready) and press Start. A finished run becomes a cluster experiment with Scale up…</source>
        <translation>Fai il fine-tuning di un piccolo modello linguistico sulla tua macchina prima di spendere ore di cluster: scegli un modello e un dataset a sinistra (il dataset di esempio è pronto) e premi Avvia. Un&apos;esecuzione completata diventa un esperimento per il cluster con Scala sul cluster…</translation>
    </message>
    <message>
        <source>Text the model writes appears here every few steps (Evaluate, sample every).</source>
        <translation>Il testo scritto dal modello compare qui ogni pochi step (Valuta, campiona ogni).</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Campione</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Previous runs</source>
        <translation>Esecuzioni precedenti</translation>
    </message>
    <message>
        <source>Previous local runs</source>
        <translation>Esecuzioni locali precedenti</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Apr&amp;i</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint</source>
        <translation>Continua l&apos;esecuzione selezionata dal suo ultimo checkpoint</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>— step %1 —</source>
        <translation>— step %1 —</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(ancora niente)</translation>
    </message>
    <message>
        <source>This folder is not a local run (no readable train_config.json).</source>
        <translation>Questa cartella non è un&apos;esecuzione locale (manca un train_config.json leggibile).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps</source>
        <translation>%1: %2 di %3 step</translation>
    </message>
    <message>
        <source>Device: looking for a GPU…</source>
        <translation>Dispositivo: ricerca di una GPU…</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n thread</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <source>Device: no usable GPU (%1)</source>
        <translation>Dispositivo: nessuna GPU utilizzabile (%1)</translation>
    </message>
    <message>
        <source>Device: %1 (no GPU: %2)</source>
        <translation>Dispositivo: %1 (nessuna GPU: %2)</translation>
    </message>
    <message>
        <source>No NVIDIA GPU can be used here (%1). Choose CPU or Automatic.</source>
        <translation>Qui non si può usare alcuna GPU NVIDIA (%1). Scegli CPU o Automatico.</translation>
    </message>
    <message>
        <source>Continuing %1…</source>
        <translation>Continuazione di %1…</translation>
    </message>
    <message>
        <source>Preparing data and model…</source>
        <translation>Preparazione di dati e modello…</translation>
    </message>
    <message>
        <source>A run is still finishing; try again in a moment.</source>
        <translation>Un&apos;esecuzione sta ancora terminando; riprova tra un momento.</translation>
    </message>
    <message>
        <source>local %1</source>
        <translation>locale %1</translation>
    </message>
    <message>
        <source>Paused at step %1: Resume continues, Cancel stops and keeps a checkpoint.</source>
        <translation>In pausa allo step %1: Riprendi continua, Annulla ferma e conserva un checkpoint.</translation>
    </message>
    <message>
        <source>Stopping after the current step and writing a checkpoint…</source>
        <translation>Arresto dopo lo step corrente e scrittura di un checkpoint…</translation>
    </message>
    <message>
        <source> · eval loss %1</source>
        <translation> · loss di valutazione %1</translation>
    </message>
    <message>
        <source>Step %1 / %2 · loss %3%4 · %5 tokens/s · ETA %6</source>
        <translation>Step %1 / %2 · loss %3%4 · %5 token/s · tempo residuo %6</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L&apos;esecuzione si è fermata: %1</translation>
    </message>
    <message>
        <source>Stopped with an error at step %1.</source>
        <translation>Fermata con un errore allo step %1.</translation>
    </message>
    <message>
        <source>Cancelled at step %1. Select it under Previous runs and press Continue to go on.</source>
        <translation>Annullata allo step %1. Selezionala in Esecuzioni precedenti e premi Continua per proseguire.</translation>
    </message>
    <message>
        <source>Finished %1 steps. The model is in %2; Scale up… makes a cluster experiment of it.</source>
        <translation>Completati %1 step. Il modello è in %2; Scala sul cluster… ne ricava un esperimento per il cluster.</translation>
    </message>
    <message>
        <source>Text the model writes</source>
        <translation>Testo scritto dal modello</translation>
    </message>
</context>
<context>
    <name>fab::widgets::MetricsView</name>
    <message>
        <source>No metrics to show</source>
        <translation>Nessuna metrica da mostrare</translation>
    </message>
    <message>
        <source>While a job runs, its training metrics (loss, learning rate, …) stream here as live charts, read from the metrics file the job writes. Submit an experiment to see its curves.</source>
        <translation>Mentre un job è in esecuzione, le sue metriche di addestramento (loss, learning rate, …) arrivano qui come grafici in tempo reale, lette dal file delle metriche che il job scrive. Sottometti un esperimento per vederne le curve.</translation>
    </message>
    <message>
        <source>Cannot read metrics of %1: %2</source>
        <translation>Impossibile leggere le metriche di %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 points</source>
        <translation>
            <numerusform>%n esecuzione, %1 punti</numerusform>
            <numerusform>%n esecuzioni, %1 punti</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Smoothing</source>
        <translation>&amp;Smussatura</translation>
    </message>
    <message>
        <source>Exponential moving average of each curve; the raw values stay drawn faintly behind it.</source>
        <translation>Media mobile esponenziale di ogni curva; i valori grezzi restano disegnati in trasparenza dietro di essa.</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Scala &amp;logaritmica</translation>
    </message>
    <message>
        <source>Logarithmic y axis; values ≤ 0 are left out while it is on.</source>
        <translation>Asse y logaritmico; quando è attivo, i valori ≤ 0 vengono omessi.</translation>
    </message>
    <message>
        <source>&amp;X axis</source>
        <translation>Asse &amp;X</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Ora effettiva (wall-clock)</translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation>Tempo dall&apos;avvio</translation>
    </message>
    <message>
        <source>&amp;Follow new points</source>
        <translation>Segui i &amp;nuovi punti</translation>
    </message>
    <message>
        <source>A zoomed chart slides along as the job writes new points.</source>
        <translation>Un grafico ingrandito scorre man mano che il job scrive nuovi punti.</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Ripristina zoom</translation>
    </message>
    <message>
        <source>Show every point of every chart again.</source>
        <translation>Mostra di nuovo tutti i punti di tutti i grafici.</translation>
    </message>
    <message>
        <source>Metrics of %1: %2</source>
        <translation>Metriche di %1: %2</translation>
    </message>
    <message>
        <source>%1: loading stored points</source>
        <translation>%1: caricamento dei punti salvati</translation>
    </message>
    <message>
        <source>%1: connection lost, resumes where it stopped</source>
        <translation>%1: connessione persa, riprenderà da dove si è fermato</translation>
    </message>
    <message>
        <source>%1: job ended, reading the last points</source>
        <translation>%1: job terminato, lettura degli ultimi punti</translation>
    </message>
    <message>
        <source>%1: stopped (%2)</source>
        <translation>%1: fermato (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) that are not metrics were skipped</source>
        <translation>
            <numerusform>%1: saltata %n riga che non contiene metriche</numerusform>
            <numerusform>%1: saltate %n righe che non contengono metriche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::widgets::PartitionsModel</name>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitato</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predefinita)</translation>
    </message>
    <message>
        <source>%1 of %2 idle</source>
        <translation>%1 liberi su %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Slurm did not report this for the partition (sinfo&apos;s node view has no time limits, scontrol&apos;s partition view no GPUs).</source>
        <translation>Slurm non ha riportato questo dato per la partizione (la vista per nodi di sinfo non ha limiti di tempo, la vista delle partizioni di scontrol non ha GPU).</translation>
    </message>
    <message>
        <source>GPUs not in use on nodes that can take jobs (down and drained nodes count none)</source>
        <translation>GPU non in uso sui nodi che possono accettare job (i nodi down e in drain non ne contano nessuna)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partizione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU per nodo</translation>
    </message>
    <message>
        <source>Free GPUs</source>
        <translation>GPU libere</translation>
    </message>
    <message>
        <source>Default time</source>
        <translation>Tempo predefinito</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite di tempo</translation>
    </message>
</context>
<context>
    <name>fab::widgets::PlaceholderHighlighter</name>
    <message>
        <source>Not a parameter or sweep axis</source>
        <translation>Non è un parametro né un asse dello sweep</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ProfileEditorDialog</name>
    <message>
        <source>New cluster profile</source>
        <translation>Nuovo profilo di cluster</translation>
    </message>
    <message>
        <source>Edit cluster profile</source>
        <translation>Modifica profilo di cluster</translation>
    </message>
    <message>
        <source>Import from ~/.ssh/config:</source>
        <translation>Importa da ~/.ssh/config:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
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
        <translation>login.leonardo.cineca.it, o un alias Host di ~/.ssh/config</translation>
    </message>
    <message>
        <source>your user name on the cluster</source>
        <translation>il tuo nome utente sul cluster</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Your private key. Empty: the keys in ssh-agent, then ~/.ssh/id_ed25519, id_ecdsa and id_rsa. A certificate next to it (KEY-cert.pub) is used automatically.</source>
        <translation>La tua chiave privata. Vuoto: le chiavi in ssh-agent, poi ~/.ssh/id_ed25519, id_ecdsa e id_rsa. Un certificato accanto (KEY-cert.pub) viene usato automaticamente.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Scegli un file di chiave privata</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Chiave privata</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>nessuno (diretto)</translation>
    </message>
    <message>
        <source>Jump hosts as OpenSSH writes them: user@bastion:port, several separated by commas.</source>
        <translation>Jump host come li scrive OpenSSH: utente@bastion:porta, più di uno separati da virgole.</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nome &amp;visualizzato:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>File della &amp;chiave:</translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation>&amp;Jump host:</translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation>File &amp;known_hosts:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>$WORK/fabbrica</source>
        <translation>$WORK/fabbrica</translation>
    </message>
    <message>
        <source>saldo, lumi-allocations, it4ifree, … (optional)</source>
        <translation>saldo, lumi-allocations, it4ifree, … (facoltativo)</translation>
    </message>
    <message>
        <source>e.g. AIFAC_L00_000</source>
        <translation>ad es. AIFAC_L00_000</translation>
    </message>
    <message>
        <source>e.g. boost_usr_prod</source>
        <translation>ad es. boost_usr_prod</translation>
    </message>
    <message>
        <source>e.g. normal</source>
        <translation>ad es. normal</translation>
    </message>
    <message>
        <source>&amp;Work folder:</source>
        <translation>Cartella di &amp;lavoro:</translation>
    </message>
    <message>
        <source>&amp;Budget tool:</source>
        <translation>Strumento di &amp;budget:</translation>
    </message>
    <message>
        <source>Default &amp;account:</source>
        <translation>&amp;Account predefinito:</translation>
    </message>
    <message>
        <source>Default pa&amp;rtition:</source>
        <translation>Pa&amp;rtizione predefinita:</translation>
    </message>
    <message>
        <source>Default &amp;QoS:</source>
        <translation>&amp;QoS predefinita:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>V&amp;erifica connessione</translation>
    </message>
    <message>
        <source>Test the connection to see the server&apos;s host key, how you log in, your user name there and its Slurm version.</source>
        <translation>Verifica la connessione per vedere la chiave host del server, come accedi, il tuo nome utente lì e la sua versione di Slurm.</translation>
    </message>
    <message>
        <source>no Host entries found</source>
        <translation>nessuna voce Host trovata</translation>
    </message>
    <message>
        <source>/proxy_jump: %1</source>
        <translation>/proxy_jump: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Host key: %1 %2</source>
        <translation>Chiave host: %1 %2</translation>
    </message>
    <message>
        <source>Logged in by: %1</source>
        <translation>Accesso con: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — errore: %2</translation>
    </message>
    <message>
        <source>Remote user</source>
        <translation>Utente remoto</translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation>Slurm</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Esiste già un profilo chiamato &quot;%1&quot;; scegli un altro nome.</translation>
    </message>
    <message>
        <source>Host to import from ~/.ssh/config</source>
        <translation>Host da importare da ~/.ssh/config</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Risultato della verifica della connessione</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ProfileListModel</name>
    <message>
        <source>ready, runs on this computer</source>
        <translation>pronto, esegue su questo computer</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connessione in corso…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>connessione non riuscita</translation>
    </message>
    <message>
        <source>Runs experiments as processes on this computer; works offline.</source>
        <translation>Esegue gli esperimenti come processi su questo computer; funziona offline.</translation>
    </message>
    <message>
        <source>%1@%2:%3 — %4</source>
        <translation>%1@%2:%3 — %4</translation>
    </message>
    <message>
        <source>(user not set)</source>
        <translation>(utente non impostato)</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (illeggibile)</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ScaleUpDialog</name>
    <message>
        <source>Scale up to a cluster</source>
        <translation>Scala su un cluster</translation>
    </message>
    <message>
        <source>The same fine-tune, bigger: %1 becomes a cluster experiment with the same hyperparameters. It starts from this run&apos;s exported model and trains with PyTorch (transformers, peft) under torchrun, logging the same metrics.</source>
        <translation>Lo stesso fine-tuning, più in grande: %1 diventa un esperimento per il cluster con gli stessi iperparametri. Parte dal modello esportato da questa esecuzione e si addestra con PyTorch (transformers, peft) sotto torchrun, registrando le stesse metriche.</translation>
    </message>
    <message>
        <source>Reading cluster profiles…</source>
        <translation>Lettura dei profili dei cluster…</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Partition</source>
        <translation>&amp;Partizione</translation>
    </message>
    <message>
        <source>project account (optional here; Slurm may require it)</source>
        <translation>account del progetto (qui facoltativo; Slurm potrebbe richiederlo)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU per nodo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Slurm wall time: hours:minutes:seconds, minutes, or days-hours:minutes</source>
        <translation>Wall time Slurm: ore:minuti:secondi, minuti, oppure giorni-ore:minuti</translation>
    </message>
    <message>
        <source>&amp;Wall time</source>
        <translation>&amp;Wall time</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Save and &amp;open in editor</source>
        <translation>Salva e apri nell&apos;&amp;editor</translation>
    </message>
    <message>
        <source>Save to &amp;folder…</source>
        <translation>Sa&amp;lva in una cartella…</translation>
    </message>
    <message>
        <source>%1 (AMD GPUs: not for this script)</source>
        <translation>%1 (GPU AMD: non per questo script)</translation>
    </message>
    <message>
        <source>There is no cluster profile to scale up to: add one (Where to run) first.</source>
        <translation>Non c&apos;è alcun profilo di cluster su cui scalare: aggiungine uno (Dove eseguire) prima.</translation>
    </message>
    <message>
        <source>The wall time &quot;%1&quot; is not one Slurm understands: write hours:minutes:seconds such as 02:00:00.</source>
        <translation>Il wall time &quot;%1&quot; non è un formato che Slurm capisce: scrivi ore:minuti:secondi, ad es. 02:00:00.</translation>
    </message>
    <message>
        <source>The experiment would not be valid: %1</source>
        <translation>L&apos;esperimento non sarebbe valido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded into the job&apos;s folder (%n file(s), %1):
</source>
        <translation>
            <numerusform>Caricato nella cartella del job (%n file, %1):
</numerusform>
            <numerusform>Caricati nella cartella del job (%n file, %1):
</numerusform>
        </translation>
    </message>
    <message>
        <source>the shipped training script</source>
        <translation>lo script di addestramento fornito</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>questa esecuzione</translation>
    </message>
    <message>
        <source>• a PyTorch environment with transformers (and peft for LoRA) must be loaded: add the cluster&apos;s modules or container in the editor
</source>
        <translation>• deve essere caricato un ambiente PyTorch con transformers (e peft per LoRA): aggiungi i moduli o il container del cluster nell&apos;editor
</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Esperimento:</translation>
    </message>
    <message>
        <source>Folder for the cluster experiment</source>
        <translation>Cartella per l&apos;esperimento sul cluster</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::SecretPromptDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase della chiave</translation>
    </message>
    <message>
        <source>The server %1 accepts the key %2. Enter its passphrase to unlock it.</source>
        <translation>Il server %1 accetta la chiave %2. Inserisci la sua passphrase per sbloccarla.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation>Accedi a %1.</translation>
    </message>
    <message>
        <source>The server asks</source>
        <translation>Il server chiede</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 chiede:</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>codice monouso</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>One-time codes are used once and never stored.</source>
        <translation>I codici monouso si usano una sola volta e non vengono mai salvati.</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation>Memorizza la passphrase nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Remember the password (not the code) in the system keychain</source>
        <translation>Memorizza la password (non il codice) nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Memorizza la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Kept by the operating system&apos;s keychain, never in Fabbrica&apos;s files. Without it, Fabbrica keeps the secret in memory only until it quits, so a dropped link reconnects without asking.</source>
        <translation>Conservato nel portachiavi del sistema operativo, mai nei file di Fabbrica. Senza questa opzione, Fabbrica tiene il segreto solo in memoria fino alla chiusura, così un collegamento caduto si riconnette senza chiedere nulla.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Accedi</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
</context>
<context>
    <name>fab::widgets::SweepTableModel</name>
    <message>
        <source>Swept: changes from task to task</source>
        <translation>Nello sweep: cambia da task a task</translation>
    </message>
    <message>
        <source>The same in every task</source>
        <translation>Uguale in ogni task</translation>
    </message>
</context>
<context>
    <name>fab::widgets::TemplateCatalog</name>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Non esiste alcun template &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::TemplateDialog</name>
    <message>
        <source>New experiment from a template</source>
        <translation>Nuovo esperimento da un template</translation>
    </message>
    <message>
        <source>A template is a working experiment to start from: its files are copied into a new folder, and the cluster profile&apos;s defaults fill the account and partition.</source>
        <translation>Un template è un esperimento funzionante da cui partire: i suoi file vengono copiati in una nuova cartella, e i valori predefiniti del profilo di cluster riempiono account e partizione.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>Nuova cartella:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Folder for the new experiment</source>
        <translation>Cartella per il nuovo esperimento</translation>
    </message>
</context>
<context>
    <name>fab::widgets::UsageChart</name>
    <message>
        <source>Usage over time</source>
        <translation>Utilizzo nel tempo</translation>
    </message>
    <message>
        <source>Select an account to see its use over time</source>
        <translation>Seleziona un account per vederne l&apos;utilizzo nel tempo</translation>
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
        <translation>%1: ancora nessuna lettura dell&apos;utilizzo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usato</translation>
    </message>
    <message>
        <source>At the current pace</source>
        <translation>Al ritmo attuale</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Assegnato</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Fine del periodo</translation>
    </message>
</context>
</TS>
