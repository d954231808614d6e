<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>fab::AllocationForecast</name>
    <message>
        <source>All of it is used: %1 of %2.</source>
        <translation>Tout est consommé&#xa0;: %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: it needs at least two readings of the usage within %n day(s), and there %1. Refresh again later.</source>
        <translation>
            <numerusform>Pas encore de prévision&#xa0;: il faut au moins deux relevés de la consommation sur %n jour, et il %1. Actualisez de nouveau plus tard.</numerusform>
            <numerusform>Pas encore de prévision&#xa0;: il faut au moins deux relevés de la consommation sur %n jours, et il %1. Actualisez de nouveau plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>are none</source>
        <translation>n&apos;y en a aucun</translation>
    </message>
    <message>
        <source>is one</source>
        <translation>n&apos;y en a qu&apos;un</translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: the readings are only %n minute(s) apart, too close to tell a pace. Refresh again later.</source>
        <translation>
            <numerusform>Pas encore de prévision&#xa0;: les relevés ne sont espacés que de %n minute, trop peu pour estimer un rythme. Actualisez de nouveau plus tard.</numerusform>
            <numerusform>Pas encore de prévision&#xa0;: les relevés ne sont espacés que de %n minutes, trop peu pour estimer un rythme. Actualisez de nouveau plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>Using about %1; the granted amount is unknown, so there is no run-out date.</source>
        <translation>Consommation d&apos;environ %1&#xa0;; le montant attribué est inconnu, il n&apos;y a donc pas de date d&apos;épuisement.</translation>
    </message>
    <message>
        <source>Using about %1: at this pace it lasts more than a hundred years.</source>
        <translation>Consommation d&apos;environ %1&#xa0;: à ce rythme, le budget dure plus de cent ans.</translation>
    </message>
    <message numerus="yes">
        <source>No use in the last %n day(s): at this pace it does not run out.</source>
        <translation>
            <numerusform>Aucune consommation au cours du dernier jour&#xa0;: à ce rythme, le budget ne s&apos;épuise pas.</numerusform>
            <numerusform>Aucune consommation au cours des %n derniers jours&#xa0;: à ce rythme, le budget ne s&apos;épuise pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>At this pace (%1) the period ends first, on %2, with about %3 unused; the budget alone would last until %4.</source>
        <translation>À ce rythme (%1), la période se termine d&apos;abord, le %2, avec un reliquat d&apos;environ %3&#xa0;; le budget seul durerait jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>At this pace (%1) the budget runs out on %2, before the period ends on %3.</source>
        <translation>À ce rythme (%1), le budget s&apos;épuise le %2, avant la fin de la période le %3.</translation>
    </message>
    <message>
        <source>At this pace (%1) the budget runs out on %2.</source>
        <translation>À ce rythme (%1), le budget s&apos;épuise le %2.</translation>
    </message>
</context>
<context>
    <name>fab::AllocationFormat</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>the scheduler&apos;s</source>
        <translation>l&apos;ordonnanceur</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 output could not be read; what could not be read is shown as unknown.</source>
        <translation>
            <numerusform>%n ligne de la sortie de %1 n&apos;a pas pu être lue&#xa0;; ce qui n&apos;a pas pu être lu est affiché comme inconnu.</numerusform>
            <numerusform>%n lignes de la sortie de %1 n&apos;ont pas pu être lues&#xa0;; ce qui n&apos;a pas pu être lu est affiché comme inconnu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No allocations reported.</source>
        <translation>Aucune allocation signalée.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation>ATTRIBUÉ</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>CONSOMMÉ</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>RESTANT</translation>
    </message>
    <message>
        <source>USED %</source>
        <translation>CONSOMMÉ %</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No partitions reported.</source>
        <translation>Aucune partition signalée.</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>NODES IDLE/TOTAL</source>
        <translation>NŒUDS LIBRES/TOTAL</translation>
    </message>
    <message>
        <source>GPUS/NODE</source>
        <translation>GPU/NŒUD</translation>
    </message>
    <message>
        <source>GPU TYPE</source>
        <translation>TYPE DE GPU</translation>
    </message>
    <message>
        <source>FREE GPUS</source>
        <translation>GPU LIBRES</translation>
    </message>
    <message>
        <source>DEFAULT TIME</source>
        <translation>DURÉE PAR DÉFAUT</translation>
    </message>
    <message>
        <source>MAX TIME</source>
        <translation>DURÉE MAX</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>* the default partition</source>
        <translation>* la partition par défaut</translation>
    </message>
</context>
<context>
    <name>fab::BatchScript</name>
    <message>
        <source>uses {%1}, which is neither a parameter nor a sweep axis; add it to &quot;parameters&quot; or write {{%1}} for literal braces</source>
        <translation>utilise {%1}, qui n&apos;est ni un paramètre ni un axe de balayage&#xa0;; ajoutez-le à &quot;parameters&quot; ou écrivez {{%1}} pour des accolades littérales</translation>
    </message>
    <message>
        <source>has a backslash right before {%1}; remove it, Fabbrica quotes the value itself</source>
        <translation>contient une barre oblique inverse juste avant {%1}&#xa0;; supprimez-la, Fabbrica protège la valeur lui-même</translation>
    </message>
    <message>
        <source>cannot go into an #SBATCH line: only letters, digits and _ . + - / @ : , = are allowed, got &quot;%1&quot;</source>
        <translation>ne peut pas figurer dans une ligne #SBATCH&#xa0;: seuls les lettres, chiffres et _ . + - / @ : , = sont autorisés, valeur reçue&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>doit valoir au moins 1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must be an amount such as 120G or 512M</source>
        <translation>doit être une quantité telle que 120G ou 512M</translation>
    </message>
    <message>
        <source>must be a wall time such as 02:00:00</source>
        <translation>doit être une durée telle que 02:00:00</translation>
    </message>
    <message>
        <source>must be an absolute path, got &quot;%1&quot;</source>
        <translation>doit être un chemin absolu, valeur reçue&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a valid variable name</source>
        <translation>n&apos;est pas un nom de variable valide</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>ne doit pas contenir de caractère NUL</translation>
    </message>
    <message>
        <source>must be a plain file name, got &quot;%1&quot;</source>
        <translation>doit être un simple nom de fichier, valeur reçue&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be at least 1, got %1</source>
        <translation>doit valoir au moins 1, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>n&apos;est pas un nom de paramètre valide (lettres, chiffres et &apos;_&apos;, sans chiffre au début)</translation>
    </message>
</context>
<context>
    <name>fab::BudgetTools</name>
    <message>
        <source>Slurm sets no GrpTRESMins limit on this account</source>
        <translation>Slurm ne fixe aucune limite GrpTRESMins pour ce compte</translation>
    </message>
    <message>
        <source>saldo&apos;s total consumed (%1) disagrees with its %2 %; the cluster&apos;s consumed column is used</source>
        <translation>le total consommé indiqué par saldo (%1) ne concorde pas avec son pourcentage (%2&#xa0;%)&#xa0;; la colonne de consommation du cluster est utilisée</translation>
    </message>
    <message>
        <source>this month %1 of %2 local hours</source>
        <translation>ce mois-ci&#xa0;: %1 sur %2 heures locales</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <source>granted for this month</source>
        <translation>attribué pour ce mois</translation>
    </message>
</context>
<context>
    <name>fab::ClusterProfile</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>a profile file must hold one JSON object, got %1</source>
        <translation>un fichier de profil doit contenir un seul objet JSON, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown field; remove it</source>
        <translation>champ inconnu&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>doit valoir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, got %1</source>
        <translation>doit comporter de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a host name such as login.leonardo.cineca.it, got %1</source>
        <translation>doit être un nom d&apos;hôte tel que login.leonardo.cineca.it, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535, got %1</source>
        <translation>doit être un nombre entier de 1 à 65535, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a user name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), got %1</source>
        <translation>doit être un nom d&apos;utilisateur (lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be text in quotes or null, got %1</source>
        <translation>doit être un texte entre guillemets ou null, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be &quot;slurm&quot; or &quot;local&quot;, got %1</source>
        <translation>doit valoir &quot;slurm&quot; ou &quot;local&quot;, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>doit être un objet, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown field; use account, partition or qos</source>
        <translation>champ inconnu&#xa0;; utilisez account, partition ou qos</translation>
    </message>
    <message>
        <source>&quot;this-computer&quot; is reserved for the built-in profile; rename it</source>
        <translation>&quot;this-computer&quot; est réservé au profil intégré&#xa0;; renommez-le</translation>
    </message>
</context>
<context>
    <name>fab::Estimate</name>
    <message>
        <source>the sweep&apos;s number of tasks is unknown; fix the sweep first</source>
        <translation>le nombre de tâches du balayage est inconnu&#xa0;; corrigez d&apos;abord le balayage</translation>
    </message>
    <message>
        <source>has no time limit, so the cost cannot be estimated; set one such as &quot;02:00:00&quot;</source>
        <translation>n&apos;a pas de limite de temps, le coût ne peut donc pas être estimé&#xa0;; définissez-en une, par exemple &quot;02:00:00&quot;</translation>
    </message>
    <message>
        <source>%1 tasks × %2 nodes</source>
        <translation>%1 tâches × %2 nœuds</translation>
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
        <translation>%1 × %2 h (nœuds entiers)</translation>
    </message>
    <message>
        <source> × %1 per node-hour</source>
        <translation> × %1 par heure-nœud</translation>
    </message>
    <message>
        <source>%1 GPUs × %2</source>
        <translation>%1 GPU × %2</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 cœurs</translation>
    </message>
    <message>
        <source>⌈%1 cores / %2⌉</source>
        <translation>⌈%1 cœurs / %2⌉</translation>
    </message>
    <message>
        <source>⌈%1 / %2 MB⌉</source>
        <translation>⌈%1 / %2 Mo⌉</translation>
    </message>
    <message>
        <source>%1 × max(%2) × %3 h</source>
        <translation>%1 × max(%2) × %3 h</translation>
    </message>
    <message>
        <source>The cost cannot be estimated: %1</source>
        <translation>Le coût ne peut pas être estimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>something it needs is unknown</source>
        <translation>une donnée nécessaire est inconnue</translation>
    </message>
    <message>
        <source>This run costs about %1; the allocation of %2 is counted in %3, so the two cannot be compared.</source>
        <translation>Cette exécution coûte environ %1&#xa0;; l&apos;allocation de %2 est comptée en %3, les deux ne peuvent donc pas être comparés.</translation>
    </message>
    <message>
        <source>This run costs about %1. How much %2 has left is unknown (%3 did not say), so Fabbrica cannot tell whether it fits.</source>
        <translation>Cette exécution coûte environ %1. Le solde restant de %2 est inconnu (%3 ne l&apos;a pas indiqué), Fabbrica ne peut donc pas dire si elle tient dans le budget.</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>le cluster</translation>
    </message>
    <message>
        <source>Over budget: this run costs about %1, but %2 has only %3 left. Slurm may keep it waiting (AssocGrp…Minutes) or refuse it; shorten the time limit, use fewer tasks or GPUs, or ask for more hours.</source>
        <translation>Budget dépassé&#xa0;: cette exécution coûte environ %1, mais il ne reste que %3 à %2. Slurm peut la laisser en attente (AssocGrp…Minutes) ou la refuser&#xa0;; réduisez la limite de temps, utilisez moins de tâches ou de GPU, ou demandez davantage d&apos;heures.</translation>
    </message>
    <message>
        <source>This run costs about %1 of the %2 that %3 has left.</source>
        <translation>Cette exécution coûte environ %1 sur les %2 qu&apos;il reste à %3.</translation>
    </message>
    <message>
        <source> (no GPUs asked for: this budget counts GPU time only)</source>
        <translation> (aucun GPU demandé&#xa0;: ce budget ne compte que le temps GPU)</translation>
    </message>
</context>
<context>
    <name>fab::Experiment</name>
    <message>
        <source>must be &quot;%1&quot;, got %2</source>
        <translation>doit valoir &quot;%1&quot;, valeur reçue&#xa0;: %2</translation>
    </message>
    <message>
        <source>this file was written by a newer Fabbrica (schema %1); this version reads schema %2 and older: update Fabbrica to open it</source>
        <translation>ce fichier a été écrit par une version plus récente de Fabbrica (schéma %1)&#xa0;; cette version lit le schéma %2 et les précédents&#xa0;: mettez Fabbrica à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>unknown field; remove it (known here: %1)</source>
        <translation>champ inconnu&#xa0;; supprimez-le (champs connus ici&#xa0;: %1)</translation>
    </message>
    <message>
        <source>unknown field; did you mean &quot;%1&quot;?</source>
        <translation>champ inconnu&#xa0;; vouliez-vous dire &quot;%1&quot;&#xa0;?</translation>
    </message>
    <message>
        <source>is missing; add an object here</source>
        <translation>est absent&#xa0;; ajoutez un objet ici</translation>
    </message>
    <message>
        <source>must be an object ({ … }), got %1</source>
        <translation>doit être un objet ({ … }), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>is missing; add a text value here</source>
        <translation>est absent&#xa0;; ajoutez une valeur texte ici</translation>
    </message>
    <message>
        <source>must be text in quotes, got %1</source>
        <translation>doit être un texte entre guillemets, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>ne doit pas contenir de caractère NUL</translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation>%1, valeur reçue&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a list of paths, got %1</source>
        <translation>doit être une liste de chemins, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a non-empty path in quotes, got %1</source>
        <translation>doit être un chemin non vide entre guillemets, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a path relative to the experiment&apos;s folder (no leading / or ~), got %1</source>
        <translation>doit être un chemin relatif au dossier de l&apos;expérience (sans / ni ~ au début), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must stay inside the experiment&apos;s folder (no &quot;..&quot;), got %1</source>
        <translation>doit rester dans le dossier de l&apos;expérience (pas de &quot;..&quot;), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not start with &apos;-&apos; or contain line breaks, got %1</source>
        <translation>ne doit pas commencer par &apos;-&apos; ni contenir de saut de ligne, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>doit être l&apos;une des valeurs %1, valeur reçue&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a Slurm name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;)</source>
        <translation>doit être un nom Slurm (lettres, chiffres, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be an amount such as 120G, 512M or 64000 (megabytes)</source>
        <translation>doit être une quantité telle que 120G, 512M ou 64000 (mégaoctets)</translation>
    </message>
    <message>
        <source>must be a wall time such as &quot;02:00:00&quot; (hours:minutes:seconds), &quot;90&quot; (minutes) or &quot;1-12:00:00&quot; (days-hours:minutes:seconds), got %1</source>
        <translation>doit être une durée telle que &quot;02:00:00&quot; (heures:minutes:secondes), &quot;90&quot; (minutes) ou &quot;1-12:00:00&quot; (jours-heures:minutes:secondes), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>must be a list of module names, got %1</source>
        <translation>doit être une liste de noms de modules, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a module name such as &quot;cuda/12.2&quot; (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;/&apos;, &apos;@&apos;, &apos;:&apos;, &apos;-&apos;), got %1</source>
        <translation>doit être un nom de module tel que &quot;cuda/12.2&quot; (lettres, chiffres, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;/&apos;, &apos;@&apos;, &apos;:&apos;, &apos;-&apos;), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be an object of NAME: &quot;value&quot;, got %1</source>
        <translation>doit être un objet de la forme NOM: &quot;valeur&quot;, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not a valid variable name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>n&apos;est pas un nom de variable valide (lettres, chiffres et &apos;_&apos;, sans chiffre au début)</translation>
    </message>
    <message>
        <source>is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>n&apos;est pas un nom de paramètre valide (lettres, chiffres et &apos;_&apos;, sans chiffre au début)</translation>
    </message>
    <message>
        <source>must be a number, text or true/false, got %1</source>
        <translation>doit être un nombre, un texte ou true/false, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>is missing; a random sweep needs the number of draws</source>
        <translation>est absent&#xa0;; un balayage aléatoire a besoin du nombre de tirages</translation>
    </message>
    <message>
        <source>has no axes; add one such as &quot;lr&quot;: [1e-4, 3e-4] or remove the sweep</source>
        <translation>n&apos;a aucun axe&#xa0;; ajoutez-en un, par exemple &quot;lr&quot;: [1e-4, 3e-4], ou supprimez le balayage</translation>
    </message>
    <message>
        <source>must be a non-empty list of values, got %1</source>
        <translation>doit être une liste de valeurs non vide, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>n&apos;est pas une expression régulière valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>needs a named group (?&lt;step&gt;…) and one per metric</source>
        <translation>nécessite un groupe nommé (?&lt;step&gt;…) et un groupe par métrique</translation>
    </message>
    <message>
        <source>an experiment file must hold one JSON object ({ … }), got %1</source>
        <translation>un fichier d&apos;expérience doit contenir un seul objet JSON ({ … }), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>is missing; add &quot;schema&quot;: &quot;%1&quot;</source>
        <translation>est absent&#xa0;; ajoutez &quot;schema&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation>doit comporter de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, sans commencer par &apos;.&apos; ni &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a profile name</source>
        <translation>doit être un nom de profil</translation>
    </message>
    <message>
        <source>uses {%1}, which is neither a parameter nor a sweep axis; add &quot;%1&quot; to &quot;parameters&quot; or write {{%1}} for literal braces</source>
        <translation>utilise {%1}, qui n&apos;est ni un paramètre ni un axe de balayage&#xa0;; ajoutez &quot;%1&quot; à &quot;parameters&quot; ou écrivez {{%1}} pour des accolades littérales</translation>
    </message>
    <message>
        <source>must be a whole number ≥ %1, got %2</source>
        <translation>doit être un nombre entier ≥ %1, valeur reçue&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, got %3</source>
        <translation>doit être un nombre entier de %1 à %2, valeur reçue&#xa0;: %3</translation>
    </message>
    <message>
        <source>must not contain &apos;$&apos; (the cluster&apos;s shell would read it as a variable), got %1</source>
        <translation>ne doit pas contenir &apos;$&apos; (le shell du cluster le lirait comme une variable), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>contains a Windows line break (CR LF), which Slurm refuses in a batch script; remove the CR characters</source>
        <translation>contient un saut de ligne Windows (CR LF), que Slurm refuse dans un script batch&#xa0;; supprimez les caractères CR</translation>
    </message>
</context>
<context>
    <name>fab::FileFollower</name>
    <message>
        <source>internal error: data for offset %1 arrived while %2 was expected; the follow stopped so that no byte is lost or counted twice</source>
        <translation>erreur interne&#xa0;: les données de la position %1 sont arrivées alors que la position %2 était attendue&#xa0;; le suivi s&apos;est arrêté pour qu&apos;aucun octet ne soit perdu ni compté deux fois</translation>
    </message>
</context>
<context>
    <name>fab::HistoryDb</name>
    <message>
        <source>cannot create the folder for the history database %1</source>
        <translation>impossible de créer le dossier de la base d&apos;historique %1</translation>
    </message>
    <message>
        <source>cannot open the history database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base d&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the history database %1 is damaged or not a database (%2); move it aside and Fabbrica will start a new one</source>
        <translation>la base d&apos;historique %1 est endommagée ou n&apos;est pas une base de données (%2)&#xa0;; déplacez-la ailleurs et Fabbrica en créera une nouvelle</translation>
    </message>
    <message>
        <source>cannot configure the history database %1: %2</source>
        <translation>impossible de configurer la base d&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the history database %1 was written by a newer Fabbrica (schema %2, this one knows %3); update Fabbrica</source>
        <translation>la base d&apos;historique %1 a été écrite par une version plus récente de Fabbrica (schéma %2, celle-ci connaît le schéma %3)&#xa0;; mettez Fabbrica à jour</translation>
    </message>
    <message>
        <source>cannot upgrade the history database %1 to schema %2: %3</source>
        <translation>impossible de mettre à niveau la base d&apos;historique %1 vers le schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no submission with token %1</source>
        <translation>aucune soumission avec le jeton %1</translation>
    </message>
    <message>
        <source>cannot upgrade the history database %1: %2</source>
        <translation>impossible de mettre à niveau la base d&apos;historique %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fab::JobState</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>En finalisation</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Ran out of time</source>
        <translation>Limite de temps atteinte</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>Mémoire épuisée</translation>
    </message>
    <message>
        <source>Node failed</source>
        <translation>Panne de nœud</translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation>Préempté</translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation>Remis en file</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Node did not boot</source>
        <translation>Le nœud n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>Missed its deadline</source>
        <translation>Échéance manquée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>fab::LocalRunner</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>the command crashed or was killed</source>
        <translation>la commande a planté ou a été tuée</translation>
    </message>
    <message>
        <source>could not start /bin/sh: %1</source>
        <translation>impossible de lancer /bin/sh&#xa0;: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s: %2</source>
        <translation>la commande ne s&apos;est pas terminée en %1 s&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>impossible de copier %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fab::LocalScheduler</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 into the run folder</source>
        <translation>impossible de copier %1 dans le dossier d&apos;exécution</translation>
    </message>
    <message>
        <source>another Fabbrica holds %1; try again</source>
        <translation>une autre instance de Fabbrica détient %1&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the experiment is not valid: %1</source>
        <translation>l&apos;expérience n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>/files/upload/%1: %2 not found in %3</source>
        <translation>/files/upload/%1&#xa0;: %2 introuvable dans %3</translation>
    </message>
    <message>
        <source>Put the file beside the experiment, or remove it from the list of files to upload.</source>
        <translation>Placez le fichier à côté de l&apos;expérience, ou retirez-le de la liste des fichiers à envoyer.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>impossible de créer le dossier d&apos;exécution %1</translation>
    </message>
    <message>
        <source>the script could not be rendered</source>
        <translation>le script n&apos;a pas pu être généré</translation>
    </message>
    <message>
        <source>cannot start the local runner: %1</source>
        <translation>impossible de démarrer l&apos;exécuteur local&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a job id of this computer</source>
        <translation>%1 n&apos;est pas un identifiant de job de cet ordinateur</translation>
    </message>
    <message>
        <source>%1 has no readable job record</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement de job lisible</translation>
    </message>
    <message>
        <source>the local runner stopped before this task finished (was the computer restarted?)</source>
        <translation>l&apos;exécuteur local s&apos;est arrêté avant la fin de cette tâche (l&apos;ordinateur a-t-il redémarré&#xa0;?)</translation>
    </message>
    <message>
        <source>no job %1 on this computer</source>
        <translation>aucun job %1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>no single job %1 on this computer</source>
        <translation>pas de job unique %1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>the log %1 does not exist yet</source>
        <translation>le journal %1 n&apos;existe pas encore</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing was run</source>
        <translation>annulé avant le démarrage&#xa0;; rien n&apos;a été exécuté</translation>
    </message>
</context>
<context>
    <name>fab::MetricChart</name>
    <message>
        <source>wall time</source>
        <translation>temps réel</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Graphique de %1</translation>
    </message>
    <message>
        <source>Drag to zoom, right-click to reset or export, hover for exact values</source>
        <translation>Faites glisser pour zoomer, clic droit pour réinitialiser ou exporter, survolez pour voir les valeurs exactes</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>seconds since start</source>
        <translation>secondes depuis le début</translation>
    </message>
    <message>
        <source>%1 — step %2: %3</source>
        <translation>%1 — étape %2&#xa0;: %3</translation>
    </message>
    <message>
        <source> (smoothed %1)</source>
        <translation> (lissage %1)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Fabbrica metrics chart</source>
        <translation>Graphique de métriques Fabbrica</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export CSV (all points)…</source>
        <translation>Exporter en CSV (tous les points)…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>fab::MetricStore</name>
    <message>
        <source>Cannot record the metrics stream of job %1: %2</source>
        <translation>Impossible d&apos;enregistrer le flux de métriques du job %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot store metrics: %1</source>
        <translation>Impossible de stocker les métriques&#xa0;: %1</translation>
    </message>
    <message>
        <source>no stream %1</source>
        <translation>aucun flux %1</translation>
    </message>
    <message>
        <source>the stored offset %1 is already past %2 (another reader of the same file?)</source>
        <translation>la position enregistrée %1 dépasse déjà %2 (un autre lecteur du même fichier&#xa0;?)</translation>
    </message>
    <message>
        <source>Some stored metric blocks of stream %1 are damaged and were skipped.</source>
        <translation>Certains blocs de métriques stockés du flux %1 sont endommagés et ont été ignorés.</translation>
    </message>
</context>
<context>
    <name>fab::MetricStream</name>
    <message>
        <source>The stored reading state of %1 cannot be used; clear its metrics to read it again.</source>
        <translation>L&apos;état de lecture enregistré de %1 est inutilisable&#xa0;; effacez ses métriques pour le relire.</translation>
    </message>
    <message>
        <source>No connection to read %1 from.</source>
        <translation>Aucune connexion par laquelle lire %1.</translation>
    </message>
</context>
<context>
    <name>fab::OpenSshKeys</name>
    <message>
        <source>not an OpenSSH certificate (expected a line starting with e.g. ssh-ed25519-cert-v01@openssh.com)</source>
        <translation>ce n&apos;est pas un certificat OpenSSH (ligne attendue commençant par exemple par ssh-ed25519-cert-v01@openssh.com)</translation>
    </message>
    <message>
        <source>the certificate is not valid base64</source>
        <translation>le certificat n&apos;est pas en base64 valide</translation>
    </message>
    <message>
        <source>the certificate&apos;s inner type does not match &quot;%1&quot;</source>
        <translation>le type interne du certificat ne correspond pas à &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unsupported certificate type %1</source>
        <translation>type de certificat non pris en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>the certificate is damaged (cut short or with extra bytes)</source>
        <translation>le certificat est endommagé (tronqué ou avec des octets en trop)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::Reasons</name>
    <message>
        <source>Waiting for free nodes or GPUs: everything it needs is busy.</source>
        <translation>En attente de nœuds ou de GPU libres&#xa0;: tout ce dont il a besoin est occupé.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when resources free up. Fewer GPUs or a shorter time limit may start sooner.</source>
        <translation>Rien à faire&#xa0;; il démarrera quand des ressources se libéreront. Moins de GPU ou une limite de temps plus courte peuvent le faire démarrer plus tôt.</translation>
    </message>
    <message>
        <source>Waiting in line: jobs with a higher priority are ahead of it.</source>
        <translation>En file d&apos;attente&#xa0;: des jobs plus prioritaires passent avant lui.</translation>
    </message>
    <message>
        <source>Nothing to do; a shorter time limit lets the scheduler slot it into gaps (backfill).</source>
        <translation>Rien à faire&#xa0;; une limite de temps plus courte permet à l&apos;ordonnanceur de le placer dans les créneaux libres (backfill).</translation>
    </message>
    <message>
        <source>Your other jobs already use as many GPUs as this QOS allows one user.</source>
        <translation>Vos autres jobs utilisent déjà autant de GPU que cette QoS en autorise par utilisateur.</translation>
    </message>
    <message>
        <source>It starts when one of your running jobs ends; or ask for fewer GPUs.</source>
        <translation>Il démarrera quand l&apos;un de vos jobs en cours se terminera&#xa0;; sinon, demandez moins de GPU.</translation>
    </message>
    <message>
        <source>The account&apos;s GPU budget is used up (or too small for this job&apos;s whole time limit).</source>
        <translation>Le budget GPU du compte est épuisé (ou insuffisant pour toute la limite de temps de ce job).</translation>
    </message>
    <message>
        <source>Check the allocation&apos;s hours left; shorten the time limit, use another account, or ask the project&apos;s PI for more hours.</source>
        <translation>Vérifiez les heures restantes de l&apos;allocation&#xa0;; réduisez la limite de temps, utilisez un autre compte ou demandez davantage d&apos;heures au PI du projet.</translation>
    </message>
    <message>
        <source>The account&apos;s CPU budget is used up (or too small for this job&apos;s whole time limit).</source>
        <translation>Le budget CPU du compte est épuisé (ou insuffisant pour toute la limite de temps de ce job).</translation>
    </message>
    <message>
        <source>Shorten the time limit, use another account, or ask the project&apos;s PI for more hours.</source>
        <translation>Réduisez la limite de temps, utilisez un autre compte ou demandez davantage d&apos;heures au PI du projet.</translation>
    </message>
    <message>
        <source>The account&apos;s budget (billing units) is used up.</source>
        <translation>Le budget du compte (unités de facturation) est épuisé.</translation>
    </message>
    <message>
        <source>Use another account or ask the project&apos;s PI for more hours.</source>
        <translation>Utilisez un autre compte ou demandez davantage d&apos;heures au PI du projet.</translation>
    </message>
    <message>
        <source>You already run as many jobs as your account allows at once.</source>
        <translation>Vous exécutez déjà autant de jobs simultanés que votre compte le permet.</translation>
    </message>
    <message>
        <source>It starts when one of your running jobs ends.</source>
        <translation>Il démarrera quand l&apos;un de vos jobs en cours se terminera.</translation>
    </message>
    <message>
        <source>The account&apos;s members already run as many jobs as it allows at once.</source>
        <translation>Les membres du compte exécutent déjà autant de jobs simultanés que le compte le permet.</translation>
    </message>
    <message>
        <source>It starts when one of the account&apos;s running jobs ends.</source>
        <translation>Il démarrera quand l&apos;un des jobs en cours du compte se terminera.</translation>
    </message>
    <message>
        <source>You already run as many jobs as this QOS allows one user.</source>
        <translation>Vous exécutez déjà autant de jobs que cette QoS en autorise par utilisateur.</translation>
    </message>
    <message>
        <source>Nodes it could use are down, drained or reserved (often for maintenance).</source>
        <translation>Les nœuds qu&apos;il pourrait utiliser sont hors service, drainés ou réservés (souvent pour une maintenance).</translation>
    </message>
    <message>
        <source>If a maintenance is announced, a time limit that ends before it lets the job start now.</source>
        <translation>Si une maintenance est annoncée, une limite de temps qui se termine avant elle permet au job de démarrer maintenant.</translation>
    </message>
    <message>
        <source>Waiting for another job it depends on to finish.</source>
        <translation>En attente de la fin d&apos;un autre job dont il dépend.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts after that job.</source>
        <translation>Rien à faire&#xa0;; il démarrera après ce job.</translation>
    </message>
    <message>
        <source>The job it depends on ended in a way that means this one can never start.</source>
        <translation>Le job dont il dépend s&apos;est terminé de telle façon que celui-ci ne pourra jamais démarrer.</translation>
    </message>
    <message>
        <source>Cancel it and submit again once the job it needs has succeeded.</source>
        <translation>Annulez-le et soumettez-le de nouveau une fois que le job dont il dépend a réussi.</translation>
    </message>
    <message>
        <source>Held by you: it will not start until released.</source>
        <translation>Retenu par vous&#xa0;: il ne démarrera pas tant qu&apos;il n&apos;aura pas été libéré.</translation>
    </message>
    <message>
        <source>Release it (scontrol release JOBID) or cancel it.</source>
        <translation>Libérez-le (scontrol release JOBID) ou annulez-le.</translation>
    </message>
    <message>
        <source>Held by the cluster&apos;s administrators.</source>
        <translation>Retenu par les administrateurs du cluster.</translation>
    </message>
    <message>
        <source>Ask the site&apos;s support why; you cannot release it yourself.</source>
        <translation>Demandez la raison au support du site&#xa0;; vous ne pouvez pas le libérer vous-même.</translation>
    </message>
    <message>
        <source>Its time limit is longer than the partition allows: it will never start there.</source>
        <translation>Sa limite de temps dépasse ce que la partition autorise&#xa0;: il n&apos;y démarrera jamais.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a shorter time limit or to a partition with longer jobs.</source>
        <translation>Annulez-le et soumettez-le de nouveau avec une limite de temps plus courte ou sur une partition qui accepte des jobs plus longs.</translation>
    </message>
    <message>
        <source>Its time limit is longer than the QOS allows: it will never start with this QOS.</source>
        <translation>Sa limite de temps dépasse ce que la QoS autorise&#xa0;: il ne démarrera jamais avec cette QoS.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a shorter time limit or another QOS.</source>
        <translation>Annulez-le et soumettez-le de nouveau avec une limite de temps plus courte ou une autre QoS.</translation>
    </message>
    <message>
        <source>Asked not to start before a given time.</source>
        <translation>Il a demandé à ne pas démarrer avant une heure donnée.</translation>
    </message>
    <message>
        <source>Nothing to do; it becomes eligible at that time.</source>
        <translation>Rien à faire&#xa0;; il deviendra éligible à cette heure-là.</translation>
    </message>
    <message>
        <source>It asks for more (or fewer) nodes than the partition allows per job.</source>
        <translation>Il demande plus (ou moins) de nœuds que la partition n&apos;en autorise par job.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a node count the partition accepts.</source>
        <translation>Annulez-le et soumettez-le de nouveau avec un nombre de nœuds accepté par la partition.</translation>
    </message>
    <message>
        <source>The partition is down.</source>
        <translation>La partition est hors service.</translation>
    </message>
    <message>
        <source>Wait for the site to bring it back, or use another partition.</source>
        <translation>Attendez que le site la remette en service, ou utilisez une autre partition.</translation>
    </message>
    <message>
        <source>The partition is inactive and starts no jobs.</source>
        <translation>La partition est inactive et ne démarre aucun job.</translation>
    </message>
    <message>
        <source>Use another partition.</source>
        <translation>Utilisez une autre partition.</translation>
    </message>
    <message>
        <source>Waiting for its reservation to begin.</source>
        <translation>En attente du début de sa réservation.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts within the reservation.</source>
        <translation>Rien à faire&#xa0;; il démarrera dans le cadre de la réservation.</translation>
    </message>
    <message>
        <source>The array already runs as many tasks at once as its limit (%N) allows.</source>
        <translation>Le tableau exécute déjà autant de tâches simultanées que sa limite (%N) le permet.</translation>
    </message>
    <message>
        <source>Nothing to do; the next task starts when one ends.</source>
        <translation>Rien à faire&#xa0;; la tâche suivante démarrera quand une autre se terminera.</translation>
    </message>
    <message>
        <source>The account is not valid (any more) for you.</source>
        <translation>Le compte n&apos;est pas (ou plus) valide pour vous.</translation>
    </message>
    <message>
        <source>Cancel it and submit with an account you belong to.</source>
        <translation>Annulez-le et soumettez-le de nouveau avec un compte dont vous êtes membre.</translation>
    </message>
    <message>
        <source>The QOS is not valid for this account.</source>
        <translation>La QoS n&apos;est pas valide pour ce compte.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a QOS your account may use.</source>
        <translation>Annulez-le et soumettez-le de nouveau avec une QoS que votre compte peut utiliser.</translation>
    </message>
    <message>
        <source>No node matches what it asks for.</source>
        <translation>Aucun nœud ne correspond à ce qu&apos;il demande.</translation>
    </message>
    <message>
        <source>Cancel it and check GPUs per node, memory and CPUs against the partition.</source>
        <translation>Annulez-le et comparez les GPU par nœud, la mémoire et les CPU demandés à ce qu&apos;offre la partition.</translation>
    </message>
    <message>
        <source>Starting it failed on a node; Slurm put it back in the queue and held it.</source>
        <translation>Son démarrage a échoué sur un nœud&#xa0;; Slurm l&apos;a remis en file d&apos;attente et l&apos;a retenu.</translation>
    </message>
    <message>
        <source>Release it to try again; tell the site&apos;s support if it keeps happening.</source>
        <translation>Libérez-le pour réessayer&#xa0;; prévenez le support du site si cela se reproduit.</translation>
    </message>
    <message>
        <source>A node it needs is down.</source>
        <translation>Un nœud dont il a besoin est hors service.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when the node is back.</source>
        <translation>Rien à faire&#xa0;; il démarrera quand le nœud sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>Waiting for a software licence.</source>
        <translation>En attente d&apos;une licence logicielle.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when a licence is free.</source>
        <translation>Rien à faire&#xa0;; il démarrera quand une licence se libérera.</translation>
    </message>
    <message>
        <source>The node is preparing the job (prolog running).</source>
        <translation>Le nœud prépare le job (prolog en cours).</translation>
    </message>
    <message>
        <source>Slurm is cleaning up after a previous run before requeueing it.</source>
        <translation>Slurm fait le ménage après une exécution précédente avant de le remettre en file d&apos;attente.</translation>
    </message>
    <message>
        <source>The cluster does not know this account, or the account may not use this partition.</source>
        <translation>Le cluster ne connaît pas ce compte, ou le compte ne peut pas utiliser cette partition.</translation>
    </message>
    <message>
        <source>Pick an account from the allocations list (sacctmgr show assoc lists yours) and check the partition.</source>
        <translation>Choisissez un compte dans la liste des allocations (sacctmgr show assoc liste les vôtres) et vérifiez la partition.</translation>
    </message>
    <message>
        <source>There is no partition with this name on the cluster.</source>
        <translation>Aucune partition de ce nom n&apos;existe sur le cluster.</translation>
    </message>
    <message>
        <source>Pick a partition from the cluster&apos;s list (sinfo shows them).</source>
        <translation>Choisissez une partition dans la liste du cluster (sinfo les affiche).</translation>
    </message>
    <message>
        <source>No node in the partition has what the job asks for (GPUs per node, CPUs or memory).</source>
        <translation>Aucun nœud de la partition ne dispose de ce que le job demande (GPU par nœud, CPU ou mémoire).</translation>
    </message>
    <message>
        <source>Ask for at most the GPUs, CPUs and memory one node of this partition has.</source>
        <translation>Demandez au plus les GPU, les CPU et la mémoire dont dispose un nœud de cette partition.</translation>
    </message>
    <message>
        <source>The job breaks a limit of the account or QOS (size, time, number of jobs), or no account was given.</source>
        <translation>Le job enfreint une limite du compte ou de la QoS (taille, durée, nombre de jobs), ou aucun compte n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Set an account (some sites require one), and check the QOS&apos;s limits on time, GPUs and jobs.</source>
        <translation>Indiquez un compte (certains sites l&apos;exigent) et vérifiez les limites de la QoS en durée, en GPU et en nombre de jobs.</translation>
    </message>
    <message>
        <source>The GPU (or other GRES) request names something the cluster does not have.</source>
        <translation>La demande de GPU (ou d&apos;une autre GRES) désigne une ressource que le cluster ne possède pas.</translation>
    </message>
    <message>
        <source>Use plain GPU counts, or a GPU type the partition lists.</source>
        <translation>Utilisez un simple nombre de GPU, ou un type de GPU listé par la partition.</translation>
    </message>
    <message>
        <source>The time limit is missing or longer than the partition or QOS allows.</source>
        <translation>La limite de temps est absente ou dépasse ce que la partition ou la QoS autorise.</translation>
    </message>
    <message>
        <source>Set a time limit within the partition&apos;s maximum.</source>
        <translation>Fixez une limite de temps qui ne dépasse pas le maximum de la partition.</translation>
    </message>
    <message>
        <source>The QOS does not exist or the account may not use it.</source>
        <translation>La QoS n&apos;existe pas ou le compte ne peut pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Pick a QOS listed for your account (sacctmgr show assoc).</source>
        <translation>Choisissez une QoS listée pour votre compte (sacctmgr show assoc).</translation>
    </message>
    <message>
        <source>This account may not use this partition.</source>
        <translation>Ce compte ne peut pas utiliser cette partition.</translation>
    </message>
    <message>
        <source>Use the account that goes with the partition (GPU budgets are often separate accounts).</source>
        <translation>Utilisez le compte associé à la partition (les budgets GPU sont souvent des comptes distincts).</translation>
    </message>
    <message>
        <source>The job array is larger than the cluster allows (MaxArraySize) or malformed.</source>
        <translation>Le tableau de jobs dépasse la taille autorisée par le cluster (MaxArraySize) ou est mal formé.</translation>
    </message>
    <message>
        <source>Fabbrica splits large sweeps by MaxArraySize; refresh the cluster&apos;s settings and submit again.</source>
        <translation>Fabbrica découpe les grands balayages selon MaxArraySize&#xa0;; actualisez les paramètres du cluster et soumettez de nouveau.</translation>
    </message>
    <message>
        <source>The cluster refused the job.</source>
        <translation>Le cluster a refusé le job.</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s message for the reason.</source>
        <translation>Lisez le message du cluster pour en connaître la raison.</translation>
    </message>
    <message>
        <source>The job asks for more CPUs than the partition allows.</source>
        <translation>Le job demande plus de CPU que la partition n&apos;en autorise.</translation>
    </message>
    <message>
        <source>Lower CPUs per task or the node count.</source>
        <translation>Réduisez le nombre de CPU par tâche ou le nombre de nœuds.</translation>
    </message>
    <message>
        <source>The job asks for more memory than a node has.</source>
        <translation>Le job demande plus de mémoire qu&apos;un nœud n&apos;en possède.</translation>
    </message>
    <message>
        <source>Lower the memory request.</source>
        <translation>Réduisez la mémoire demandée.</translation>
    </message>
    <message>
        <source>The partition does not accept this many nodes per job.</source>
        <translation>La partition n&apos;accepte pas autant de nœuds par job.</translation>
    </message>
    <message>
        <source>Lower the node count.</source>
        <translation>Réduisez le nombre de nœuds.</translation>
    </message>
    <message>
        <source>You already have as many jobs queued as you may.</source>
        <translation>Vous avez déjà autant de jobs en file d&apos;attente que vous y êtes autorisé.</translation>
    </message>
    <message>
        <source>Wait for some to finish, or cancel some.</source>
        <translation>Attendez que certains se terminent, ou annulez-en quelques-uns.</translation>
    </message>
    <message>
        <source>The cluster&apos;s scheduler did not answer.</source>
        <translation>L&apos;ordonnanceur du cluster n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; the site may be in maintenance.</source>
        <translation>Réessayez dans quelques minutes&#xa0;; le site est peut-être en maintenance.</translation>
    </message>
    <message>
        <source>The script has Windows line endings.</source>
        <translation>Le script a des fins de ligne Windows.</translation>
    </message>
    <message>
        <source>Save it with Unix line endings.</source>
        <translation>Enregistrez-le avec des fins de ligne Unix.</translation>
    </message>
    <message>
        <source>No reason given: the scheduler has not looked at it yet.</source>
        <translation>Aucune raison indiquée&#xa0;: l&apos;ordonnanceur ne l&apos;a pas encore examiné.</translation>
    </message>
    <message>
        <source>A budget of the account is used up (%1).</source>
        <translation>Un budget du compte est épuisé (%1).</translation>
    </message>
    <message>
        <source>A budget of the QOS is used up (%1).</source>
        <translation>Un budget de la QoS est épuisé (%1).</translation>
    </message>
    <message>
        <source>A limit of the account is reached (%1).</source>
        <translation>Une limite du compte est atteinte (%1).</translation>
    </message>
    <message>
        <source>A limit of the QOS is reached (%1).</source>
        <translation>Une limite de la QoS est atteinte (%1).</translation>
    </message>
    <message>
        <source>It starts when other jobs end or the limit is raised; smaller or shorter jobs may fit sooner.</source>
        <translation>Il démarrera quand d&apos;autres jobs se termineront ou que la limite sera relevée&#xa0;; des jobs plus petits ou plus courts peuvent passer plus tôt.</translation>
    </message>
    <message>
        <source>Waiting: Slurm says &quot;%1&quot;.</source>
        <translation>En attente&#xa0;: Slurm indique &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The cluster refused the job: %1</source>
        <translation>Le cluster a refusé le job&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Slurm controller does not answer; it may be restarting.</source>
        <translation>Le contrôleur Slurm ne répond pas&#xa0;; il est peut-être en cours de redémarrage.</translation>
    </message>
    <message>
        <source>Jobs keep running meanwhile; Fabbrica asks again by itself.</source>
        <translation>Les jobs continuent de s&apos;exécuter entre-temps&#xa0;; Fabbrica redemandera de lui-même.</translation>
    </message>
    <message>
        <source>The Slurm accounting database does not answer: finished jobs, accounts and usage cannot be read just now.</source>
        <translation>La base de données de comptabilité de Slurm ne répond pas&#xa0;: les jobs terminés, les comptes et la consommation ne peuvent pas être lus pour le moment.</translation>
    </message>
    <message>
        <source>Running jobs are not affected; Fabbrica asks again at the next refresh.</source>
        <translation>Les jobs en cours ne sont pas affectés&#xa0;; Fabbrica redemandera à la prochaine actualisation.</translation>
    </message>
    <message>
        <source>%1 (Slurm said: %2)</source>
        <translation>%1 (Slurm a indiqué&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>fab::ResourceKind</name>
    <message>
        <source>GPU-hours</source>
        <translation>heures GPU</translation>
    </message>
    <message>
        <source>CPU-hours</source>
        <translation>heures CPU</translation>
    </message>
    <message>
        <source>core-hours</source>
        <translation>heures-cœur</translation>
    </message>
    <message>
        <source>node-hours</source>
        <translation>heures-nœud</translation>
    </message>
    <message>
        <source>local hours (equivalent core-hours)</source>
        <translation>heures locales (équivalent heures-cœur)</translation>
    </message>
    <message>
        <source>billing hours</source>
        <translation>heures de facturation</translation>
    </message>
    <message>
        <source>TB-hours</source>
        <translation>heures-To</translation>
    </message>
    <message>
        <source>unknown unit</source>
        <translation>unité inconnue</translation>
    </message>
</context>
<context>
    <name>fab::RunnerCalls</name>
    <message>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>la connexion a été perdue</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>la requête a été annulée</translation>
    </message>
    <message>
        <source>no byte moved for %1 s (the connection is probably down), so the upload was stopped</source>
        <translation>aucun octet transféré depuis %1 s (la connexion est probablement coupée), l&apos;envoi a donc été arrêté</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>fab::Scheduler</name>
    <message>
        <source>runs on %1: no allocation is spent</source>
        <translation>s&apos;exécute sur %1&#xa0;: aucune allocation n&apos;est consommée</translation>
    </message>
    <message>
        <source>%1 cannot put job %2 back in the queue; submit the experiment again</source>
        <translation>%1 ne peut pas remettre le job %2 en file d&apos;attente&#xa0;; soumettez de nouveau l&apos;expérience</translation>
    </message>
    <message>
        <source>%1 cannot look up the interrupted submission %2</source>
        <translation>%1 ne peut pas retrouver la soumission interrompue %2</translation>
    </message>
</context>
<context>
    <name>fab::SlurmScheduler</name>
    <message>
        <source>the profile&apos;s work folder &quot;%1&quot; must start with /, ~ or a variable such as $SCRATCH</source>
        <translation>le dossier de travail &quot;%1&quot; du profil doit commencer par /, ~ ou une variable telle que $SCRATCH</translation>
    </message>
    <message>
        <source>the work folder %1 uses $%2, which is not set on %3</source>
        <translation>le dossier de travail %1 utilise $%2, qui n&apos;est pas défini sur %3</translation>
    </message>
    <message>
        <source>the experiment is not valid: %1</source>
        <translation>l&apos;expérience n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the script could not be rendered</source>
        <translation>le script n&apos;a pas pu être généré</translation>
    </message>
    <message>
        <source>/files/upload/%1: %2 not found in %3</source>
        <translation>/files/upload/%1&#xa0;: %2 introuvable dans %3</translation>
    </message>
    <message>
        <source>Put the file beside the experiment, or remove it from the list of files to upload.</source>
        <translation>Placez le fichier à côté de l&apos;expérience, ou retirez-le de la liste des fichiers à envoyer.</translation>
    </message>
    <message>
        <source>cannot create the run folder %1 on %2: %3</source>
        <translation>impossible de créer le dossier d&apos;exécution %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>uploading %1 failed: %2</source>
        <translation>l&apos;envoi de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>impossible d&apos;écrire %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation>sbatch a refusé le job&#xa0;: %1</translation>
    </message>
    <message>
        <source>Arrays already submitted: %1.</source>
        <translation>Tableaux déjà soumis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>squeue failed: %1</source>
        <translation>squeue a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>sacct failed: %1</source>
        <translation>sacct a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>scancel %1 failed: %2</source>
        <translation>scancel %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>requeue of %1 refused: %2</source>
        <translation>remise en file de %1 refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the log of job %1 cannot be found: Slurm no longer knows the job and it was not submitted from here</source>
        <translation>le journal du job %1 est introuvable&#xa0;: Slurm ne connaît plus ce job et il n&apos;a pas été soumis depuis cet ordinateur</translation>
    </message>
    <message>
        <source>sshare failed: %1</source>
        <translation>sshare a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the budget tool %1 gave no readable answer: %2</source>
        <translation>l&apos;outil de budget %1 n&apos;a donné aucune réponse lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>sinfo failed: %1</source>
        <translation>sinfo a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the partition &quot;%1&quot; does not exist on %2</source>
        <translation>la partition &quot;%1&quot; n&apos;existe pas sur %2</translation>
    </message>
    <message>
        <source>Partitions here: %1.</source>
        <translation>Partitions disponibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is not yours on %2: %3</source>
        <translation>le compte &quot;%1&quot; n&apos;est pas le vôtre sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Accounts you can charge: %1.</source>
        <translation>Comptes sur lesquels vous pouvez imputer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the accounts could not be checked: %1</source>
        <translation>les comptes n&apos;ont pas pu être vérifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>no account is set, so the budget cannot be checked</source>
        <translation>aucun compte n&apos;est défini, le budget ne peut donc pas être vérifié</translation>
    </message>
    <message>
        <source>no budget was found for the account &quot;%1&quot;</source>
        <translation>aucun budget trouvé pour le compte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Slurm would refuse this job: %1</source>
        <translation>Slurm refuserait ce job&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was submitted. The unfinished copy is %1; submitting again starts a new run folder.</source>
        <translation>Rien n&apos;a été soumis. La copie inachevée est %1&#xa0;; une nouvelle soumission crée un nouveau dossier d&apos;exécution.</translation>
    </message>
    <message numerus="yes">
        <source>The link dropped %n time(s) while %1 was uploaded; the upload went on where it stopped.</source>
        <translation>
            <numerusform>La liaison a été coupée %n fois pendant l&apos;envoi de %1&#xa0;; l&apos;envoi a repris là où il s&apos;était arrêté.</numerusform>
            <numerusform>La liaison a été coupée %n fois pendant l&apos;envoi de %1&#xa0;; l&apos;envoi a repris là où il s&apos;était arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot put %1 in place on %2: %3</source>
        <translation>impossible de mettre %1 en place sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not submitted: %1</source>
        <translation>non soumis&#xa0;: %1</translation>
    </message>
    <message>
        <source>The link dropped while sbatch ran; its answer (job %1) was read back from the run folder, so the job was submitted once.</source>
        <translation>La liaison a été coupée pendant l&apos;exécution de sbatch&#xa0;; sa réponse (job %1) a été relue depuis le dossier d&apos;exécution, le job n&apos;a donc été soumis qu&apos;une fois.</translation>
    </message>
    <message>
        <source>it is not known whether %1 was submitted: sbatch&apos;s answer was lost (%2), and no job carrying its token was found. It was not sent again.</source>
        <translation>on ne sait pas si %1 a été soumis&#xa0;: la réponse de sbatch a été perdue (%2), et aucun job portant son jeton n&apos;a été trouvé. Il n&apos;a pas été renvoyé.</translation>
    </message>
    <message>
        <source>Fabbrica looks for it again when the connection is back; squeue and sacct show it with the comment %1.</source>
        <translation>Fabbrica le recherchera de nouveau au retour de la connexion&#xa0;; squeue et sacct l&apos;affichent avec le commentaire %1.</translation>
    </message>
    <message>
        <source>The answer of sbatch was lost; job %1 was found by its token, so it was not submitted again.</source>
        <translation>La réponse de sbatch a été perdue&#xa0;; le job %1 a été retrouvé grâce à son jeton, il n&apos;a donc pas été soumis de nouveau.</translation>
    </message>
    <message>
        <source>%1 was not submitted: Fabbrica stopped before sending it to Slurm</source>
        <translation>%1 n&apos;a pas été soumis&#xa0;: Fabbrica s&apos;est arrêté avant de l&apos;envoyer à Slurm</translation>
    </message>
    <message>
        <source>it is still not known whether %1 was submitted: %2</source>
        <translation>on ne sait toujours pas si %1 a été soumis&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fabbrica looks again later; squeue and sacct show the job with the comment %1.</source>
        <translation>Fabbrica vérifiera de nouveau plus tard&#xa0;; squeue et sacct affichent le job avec le commentaire %1.</translation>
    </message>
    <message>
        <source>%1 was not submitted: no job carries its token</source>
        <translation>%1 n&apos;a pas été soumis&#xa0;: aucun job ne porte son jeton</translation>
    </message>
    <message>
        <source>%1 was submitted only in part (jobs %2); the rest never reached Slurm</source>
        <translation>%1 n&apos;a été soumis qu&apos;en partie (jobs %2)&#xa0;; le reste n&apos;a jamais atteint Slurm</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>Writing the job script</source>
        <translation>Écriture du script du job</translation>
    </message>
    <message>
        <source>cancelled before anything was sent to Slurm; nothing was submitted</source>
        <translation>annulé avant tout envoi à Slurm&#xa0;; rien n&apos;a été soumis</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n of %1 arrays were submitted</source>
        <translation>
            <numerusform>annulé après la soumission de %n tableau sur %1</numerusform>
            <numerusform>annulé après la soumission de %n tableaux sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting to Slurm</source>
        <translation>Soumission à Slurm</translation>
    </message>
    <message>
        <source>Submitting array %1 of %2</source>
        <translation>Soumission du tableau %1 sur %2</translation>
    </message>
</context>
<context>
    <name>fab::SshConfig</name>
    <message>
        <source>unterminated quote</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <source>too many jump hosts (%1); at most 16</source>
        <translation>trop d&apos;hôtes de rebond (%1)&#xa0;; 16 au maximum</translation>
    </message>
    <message>
        <source>empty jump host in &quot;%1&quot;</source>
        <translation>hôte de rebond vide dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid user name in jump host &quot;%1&quot;</source>
        <translation>nom d&apos;utilisateur invalide dans l&apos;hôte de rebond &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; in jump host &quot;%1&quot;</source>
        <translation>&apos;]&apos; manquant dans l&apos;hôte de rebond &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in jump host &quot;%1&quot;</source>
        <translation>texte inattendu après &apos;]&apos; dans l&apos;hôte de rebond &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid host name in jump host &quot;%1&quot;</source>
        <translation>nom d&apos;hôte invalide dans l&apos;hôte de rebond &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; in jump host; use 1–65535</source>
        <translation>port &quot;%1&quot; invalide dans l&apos;hôte de rebond&#xa0;; utilisez 1–65535</translation>
    </message>
    <message>
        <source>%1: larger than 4 MB; the rest is ignored</source>
        <translation>%1&#xa0;: plus de 4 Mo&#xa0;; le reste est ignoré</translation>
    </message>
    <message>
        <source>%1: line longer than 64 kB ignored</source>
        <translation>%1&#xa0;: ligne de plus de 64 ko ignorée</translation>
    </message>
    <message>
        <source>%1: Host without a pattern never matches</source>
        <translation>%1&#xa0;: une directive Host sans motif ne correspond jamais</translation>
    </message>
    <message>
        <source>%1: Match %2 is not supported; the block is skipped</source>
        <translation>%1&#xa0;: Match %2 n&apos;est pas pris en charge&#xa0;; le bloc est ignoré</translation>
    </message>
    <message>
        <source>%1: Include nested more than %2 deep ignored</source>
        <translation>%1&#xa0;: Include imbriqué sur plus de %2 niveaux, ignoré</translation>
    </message>
    <message>
        <source>%1: more than %2 included files; the rest are ignored</source>
        <translation>%1&#xa0;: plus de %2 fichiers inclus&#xa0;; les suivants sont ignorés</translation>
    </message>
    <message>
        <source>%1: too many lines; the rest is ignored</source>
        <translation>%1&#xa0;: trop de lignes&#xa0;; le reste est ignoré</translation>
    </message>
    <message>
        <source>%1: ProxyCommand is not used by Fabbrica; use ProxyJump</source>
        <translation>%1&#xa0;: ProxyCommand n&apos;est pas utilisé par Fabbrica&#xa0;; utilisez ProxyJump</translation>
    </message>
</context>
<context>
    <name>fab::Submission</name>
    <message>
        <source>not submitted: the history cannot be written (%1)</source>
        <translation>non soumis&#xa0;: l&apos;historique ne peut pas être écrit (%1)</translation>
    </message>
    <message>
        <source>The job was submitted, but the history could not record it: %1</source>
        <translation>Le job a été soumis, mais l&apos;historique n&apos;a pas pu l&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>the history cannot be written (%1)</source>
        <translation>l&apos;historique ne peut pas être écrit (%1)</translation>
    </message>
    <message>
        <source>%1 was not submitted: Fabbrica stopped before sending it to Slurm</source>
        <translation>%1 n&apos;a pas été soumis&#xa0;: Fabbrica s&apos;est arrêté avant de l&apos;envoyer à Slurm</translation>
    </message>
    <message>
        <source>%1 had been submitted after all, as job %2; its answer had been lost on the way.</source>
        <translation>%1 avait finalement été soumis, en tant que job %2&#xa0;; sa réponse s&apos;était perdue en route.</translation>
    </message>
</context>
<context>
    <name>fab::Sweep</name>
    <message>
        <source>has no axes; add one such as &quot;lr&quot;: [1e-4, 3e-4]</source>
        <translation>n&apos;a aucun axe&#xa0;; ajoutez-en un, par exemple &quot;lr&quot;: [1e-4, 3e-4]</translation>
    </message>
    <message>
        <source>must be a non-empty list of values</source>
        <translation>doit être une liste de valeurs non vide</translation>
    </message>
    <message>
        <source>must be at least 1 for a random sweep</source>
        <translation>doit valoir au moins 1 pour un balayage aléatoire</translation>
    </message>
    <message>
        <source>have more than %1 combinations; a random sweep draws from at most that many</source>
        <translation>donnent plus de %1 combinaisons&#xa0;; un balayage aléatoire ne tire que parmi ce nombre au maximum</translation>
    </message>
    <message>
        <source>asks for %1 different combinations but the axes have only %2; lower it or use &quot;mode&quot;: &quot;grid&quot;</source>
        <translation>demande %1 combinaisons différentes mais les axes n&apos;en offrent que %2&#xa0;; réduisez cette valeur ou utilisez &quot;mode&quot;: &quot;grid&quot;</translation>
    </message>
    <message>
        <source>make more than %1 tasks; split the sweep or use &quot;mode&quot;: &quot;random&quot; with fewer samples</source>
        <translation>produisent plus de %1 tâches&#xa0;; découpez le balayage ou utilisez &quot;mode&quot;: &quot;random&quot; avec moins de tirages</translation>
    </message>
</context>
<context>
    <name>fab::WorkshopBundle</name>
    <message>
        <source>must be a list of files, got %1</source>
        <translation>doit être une liste de fichiers, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be an object with &quot;path&quot; and &quot;base64&quot; text</source>
        <translation>doit être un objet avec les textes &quot;path&quot; et &quot;base64&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe relative path (no leading /, no .., no \ or :)</source>
        <translation>&quot;%1&quot; n&apos;est pas un chemin relatif sûr (pas de / au début, ni .., ni \ ou&#xa0;:)</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>the bundle is %1 MB; Fabbrica opens bundles up to %2 MB</source>
        <translation>le paquet fait %1 Mo&#xa0;; Fabbrica ouvre les paquets jusqu&apos;à %2 Mo</translation>
    </message>
    <message>
        <source>is not a workshop bundle (expected a JSON object)</source>
        <translation>n&apos;est pas un paquet d&apos;atelier (objet JSON attendu)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, got %2 (a bundle from a newer Fabbrica? Update Fabbrica.)</source>
        <translation>doit valoir &quot;%1&quot;, valeur reçue&#xa0;: %2 (un paquet venant d&apos;une version plus récente de Fabbrica&#xa0;? Mettez Fabbrica à jour.)</translation>
    </message>
    <message>
        <source>is missing; a bundle needs a title</source>
        <translation>est absent&#xa0;; un paquet a besoin d&apos;un titre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Slurm reservation name (letters, digits, _ . -)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de réservation Slurm (lettres, chiffres, _ . -)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>&quot;this-computer&quot; is built in</source>
        <translation>&quot;this-computer&quot; est intégré</translation>
    </message>
    <message>
        <source>must be an object with an &quot;experiment&quot;</source>
        <translation>doit être un objet avec un &quot;experiment&quot;</translation>
    </message>
    <message>
        <source>the bundle holds %1 files; at most %2 are allowed</source>
        <translation>le paquet contient %1 fichiers&#xa0;; %2 au plus sont autorisés</translation>
    </message>
    <message>
        <source>%1 not found beside the experiment</source>
        <translation>%1 introuvable à côté de l&apos;expérience</translation>
    </message>
    <message>
        <source>the files of %1 are %2 MB together; a bundle holds at most %3 MB. Put large data sets on the cluster instead.</source>
        <translation>les fichiers de %1 font %2 Mo au total&#xa0;; un paquet contient au plus %3 Mo. Placez plutôt les gros jeux de données sur le cluster.</translation>
    </message>
    <message>
        <source>refused to write %1 outside %2</source>
        <translation>écriture de %1 en dehors de %2 refusée</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>fab::app</name>
    <message>
        <source> (CUDA: %1)</source>
        <translation> (CUDA&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Qt %1, libssh %2
Local engine: %3</source>
        <translation>Qt %1, libssh %2
Moteur local&#xa0;: %3</translation>
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
        <translation>Où exécuter</translation>
    </message>
    <message>
        <source>Cluster profiles</source>
        <translation>Profils de cluster</translation>
    </message>
    <message>
        <source>Add a cluster by saving its profile in %1</source>
        <translation>Ajoutez un cluster en enregistrant son profil dans %1</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>&amp;Expériences</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Métriques</translation>
    </message>
    <message>
        <source>&amp;Allocations</source>
        <translation>&amp;Allocations</translation>
    </message>
    <message>
        <source>&amp;Local runs</source>
        <translation>Exécutions &amp;locales</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>&amp;Ouvrir une expérience…</translation>
    </message>
    <message>
        <source>&amp;Reload profiles</source>
        <translation>&amp;Recharger les profils</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Fabbrica</source>
        <translation>À &amp;propos de Fabbrica</translation>
    </message>
    <message>
        <source>About Fabbrica</source>
        <translation>À propos de Fabbrica</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Europe&apos;s AI Factories: browse allocations, edit experiments, submit to Slurm over SSH, watch training live, and fine-tune locally first.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Un atelier de bureau pour les AI Factories européennes&#xa0;: parcourez les allocations, modifiez des expériences, soumettez-les à Slurm via SSH, suivez l&apos;entraînement en direct, et commencez par un fine-tuning en local.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Profile cannot be read</source>
        <translation>Impossible de lire le profil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This computer has no budget to spend: experiments run on your own machine, for free. Pick a cluster on the left to see its projects&apos; GPU- and CPU-hours.</source>
        <translation>Cet ordinateur n&apos;a pas de budget à consommer&#xa0;: les expériences s&apos;exécutent gratuitement sur votre propre machine. Choisissez un cluster à gauche pour voir les heures GPU et CPU de ses projets.</translation>
    </message>
    <message>
        <source>%1 — Fabbrica</source>
        <translation>%1 — Fabbrica</translation>
    </message>
    <message>
        <source>&amp;Submit experiment</source>
        <translation>So&amp;umettre l&apos;expérience</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Submit experiment</source>
        <translation>Soumettre l&apos;expérience</translation>
    </message>
    <message>
        <source>Open a valid experiment first (File ▸ Open experiment…).</source>
        <translation>Ouvrez d&apos;abord une expérience valide (Fichier ▸ Ouvrir une expérience…).</translation>
    </message>
    <message>
        <source>Submitting %1 to %2…</source>
        <translation>Soumission de %1 sur %2…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non soumis</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Non soumis&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Submitted as job %1 (%n task(s)); files in %2</source>
        <translation>
            <numerusform>Soumis en tant que job %1 (%n tâche)&#xa0;; fichiers dans %2</numerusform>
            <numerusform>Soumis en tant que job %1 (%n tâches)&#xa0;; fichiers dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Local run %1 finished</source>
        <translation>Exécution locale %1 terminée</translation>
    </message>
    <message>
        <source>Local run %1 ended: %2</source>
        <translation>Exécution locale %1 arrêtée&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Open the SSH connection of the selected cluster (Fabbrica never connects on its own)</source>
        <translation>Ouvrir la connexion SSH du cluster sélectionné (Fabbrica ne se connecte jamais de lui-même)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>Budgets of %1 appear here once Fabbrica is connected (Cluster ▸ Connect): granted, used and left per project, and when the budget runs out at the current pace.</source>
        <translation>Les budgets de %1 s&apos;affichent ici une fois Fabbrica connecté (Cluster ▸ Se connecter)&#xa0;: attribué, consommé et restant par projet, et la date d&apos;épuisement du budget au rythme actuel.</translation>
    </message>
    <message>
        <source>Pick where to run it on the left first.</source>
        <translation>Choisissez d&apos;abord à gauche où l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Connect to %1 first: Fabbrica needs its SSH connection to check the budget and submit.</source>
        <translation>Connectez-vous d&apos;abord à %1&#xa0;: Fabbrica a besoin de sa connexion SSH pour vérifier le budget et soumettre.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Checking the cost of %1 on %2…</source>
        <translation>Vérification du coût de %1 sur %2…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cost:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Budget:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Coût&#xa0;:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Budget&#xa0;:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expected start:&lt;/b&gt; %1 (Slurm&apos;s estimate)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Début prévu&#xa0;:&lt;/b&gt; %1 (estimation de Slurm)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot submit to %1</source>
        <translation>Impossible de soumettre sur %1</translation>
    </message>
    <message>
        <source>Submit %1 to %2?</source>
        <translation>Soumettre %1 sur %2&#xa0;?</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Soumettre quand même</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Job %1 (%2) on %3 ended: %4</source>
        <translation>Le job %1 (%2) sur %3 s&apos;est terminé&#xa0;: %4</translation>
    </message>
    <message>
        <source>&amp;Import workshop bundle…</source>
        <translation>&amp;Importer un paquet d&apos;atelier…</translation>
    </message>
    <message>
        <source>E&amp;xport workshop bundle…</source>
        <translation>E&amp;xporter un paquet d&apos;atelier…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>Premiers pa&amp;s…</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Fabbrica will use %1 from its next start.</source>
        <translation>Fabbrica utilisera %1 à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Open workshop bundle</source>
        <translation>Ouvrir un paquet d&apos;atelier</translation>
    </message>
    <message>
        <source>Workshop bundles (*.fabbrica)</source>
        <translation>Paquets d&apos;atelier (*.fabbrica)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Not a usable workshop bundle</source>
        <translation>Paquet d&apos;atelier inutilisable</translation>
    </message>
    <message>
        <source>%1 cannot be opened:</source>
        <translation>%1 ne peut pas être ouvert&#xa0;:</translation>
    </message>
    <message>
        <source>cluster profile %1 (%2)</source>
        <translation>profil de cluster %1 (%2)</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>expérience %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s)</source>
        <translation>
            <numerusform>%n fichier de données</numerusform>
            <numerusform>%n fichiers de données</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It adds:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Il ajoute&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its experiments use the reservation &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ses expériences utilisent la réservation &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing you have is replaced. You sign in with your own user name and key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rien de ce que vous avez n&apos;est remplacé. Vous vous connectez avec votre propre nom d&apos;utilisateur et votre propre clé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add workshop bundle?</source>
        <translation>Ajouter le paquet d&apos;atelier&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Bundle partly added</source>
        <translation>Paquet ajouté en partie</translation>
    </message>
    <message numerus="yes">
        <source>Workshop added: %n experiment(s) in %1</source>
        <translation>
            <numerusform>Atelier ajouté&#xa0;: %n expérience dans %1</numerusform>
            <numerusform>Atelier ajouté&#xa0;: %n expériences dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workshop bundle</source>
        <translation>Exporter un paquet d&apos;atelier</translation>
    </message>
    <message>
        <source>e.g. Fine-tuning on Leonardo — Bologna, 12 March</source>
        <translation>par ex. Fine-tuning sur Leonardo — Bologne, 12 mars</translation>
    </message>
    <message>
        <source>the Slurm reservation the centre gave you (optional)</source>
        <translation>la réservation Slurm que le centre vous a attribuée (facultatif)</translation>
    </message>
    <message>
        <source>No experiment is open</source>
        <translation>Aucune expérience n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Include %1 and its files</source>
        <translation>Inclure %1 et ses fichiers</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Reservation</source>
        <translation>&amp;Réservation</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Profiles go without your user name, key or any password: each participant signs in as themselves.</source>
        <translation>Les profils sont exportés sans votre nom d&apos;utilisateur, votre clé ni aucun mot de passe&#xa0;: chaque participant se connecte en son propre nom.</translation>
    </message>
    <message>
        <source>Give the bundle a title: participants see it first.</source>
        <translation>Donnez un titre au paquet&#xa0;: c&apos;est ce que les participants voient en premier.</translation>
    </message>
    <message>
        <source>Save workshop bundle</source>
        <translation>Enregistrer le paquet d&apos;atelier</translation>
    </message>
    <message>
        <source>Bundle not saved</source>
        <translation>Paquet non enregistré</translation>
    </message>
    <message>
        <source>Workshop bundle saved: %1</source>
        <translation>Paquet d&apos;atelier enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile saved. Cluster ▸ Connect (Ctrl+Shift+C) opens the connection.</source>
        <translation>Profil enregistré. Cluster ▸ Se connecter (Ctrl+Maj+C) ouvre la connexion.</translation>
    </message>
    <message>
        <source>Preparing the sample experiment…</source>
        <translation>Préparation de l&apos;expérience d&apos;exemple…</translation>
    </message>
    <message>
        <source>Sample not prepared</source>
        <translation>Exemple non préparé</translation>
    </message>
    <message>
        <source>Its files exist already.</source>
        <translation>Ses fichiers existent déjà.</translation>
    </message>
    <message>
        <source>Interrupted submissions</source>
        <translation>Soumissions interrompues</translation>
    </message>
    <message numerus="yes">
        <source>Fabbrica looked up %n submission(s) to %1 that had been interrupted (the connection dropped, or Fabbrica stopped, while it was being sent). Nothing was submitted twice.</source>
        <translation>
            <numerusform>Fabbrica a vérifié %n soumission à %1 qui avait été interrompue (la connexion a été coupée, ou Fabbrica s&apos;est arrêté, pendant l&apos;envoi). Rien n&apos;a été soumis deux fois.</numerusform>
            <numerusform>Fabbrica a vérifié %n soumissions à %1 qui avaient été interrompues (la connexion a été coupée, ou Fabbrica s&apos;est arrêté, pendant l&apos;envoi). Rien n&apos;a été soumis deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission uncertain</source>
        <translation>Soumission incertaine</translation>
    </message>
    <message>
        <source>Submission progress</source>
        <translation>Progression de la soumission</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this submission: nothing more is sent to the cluster.</source>
        <translation>Arrêter cette soumission&#xa0;: plus rien n&apos;est envoyé au cluster.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
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
        <translation>Utilisation&#xa0;: fabbrica [FICHIER…]    ouvrir l&apos;application de bureau (avec des fichiers d&apos;expérience)
              fabbrica COMMANDE [OPTIONS]

Commandes&#xa0;:
  validate FICHIER… [--upgrade]   vérifier des fichiers d&apos;expérience&#xa0;; chaque problème est affiché
                                  sous la forme &quot;FICHIER: /chemin/json: ce qui ne va pas&quot; (code de
                                  sortie 2 si l&apos;un d&apos;eux est invalide)&#xa0;; --upgrade réécrit les fichiers
                                  d&apos;un ancien schéma dans le schéma actuel
  profiles [--json]               lister les profils de cluster (Cet ordinateur et &lt;config&gt;/profiles/*.json)
  --version                       afficher la version, Qt, libssh et le périphérique du moteur local
  --help                          afficher cette aide

Environnement&#xa0;:
  FABBRICA_CONFIG_DIR             utiliser ce dossier au lieu du dossier de configuration de la plateforme
  FABBRICA_DATA_DIR               utiliser ce dossier au lieu du dossier de données de la plateforme

Codes de sortie&#xa0;: 0 succès, 1 échec, 2 entrée ou utilisation invalide.
</translation>
    </message>
    <message>
        <source>fabbrica validate: unknown option %1 (see fabbrica --help)</source>
        <translation>fabbrica validate&#xa0;: option inconnue %1 (voir fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica validate: name at least one experiment file, e.g. fabbrica validate experiment.json</source>
        <translation>fabbrica validate&#xa0;: indiquez au moins un fichier d&apos;expérience, par ex. fabbrica validate experiment.json</translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid (%n problem(s))</source>
        <translation>
            <numerusform>%1&#xa0;: invalide (%n problème)</numerusform>
            <numerusform>%1&#xa0;: invalide (%n problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source> (upgraded to %1)</source>
        <translation> (mis à niveau vers %1)</translation>
    </message>
    <message>
        <source> (older schema; run with --upgrade to rewrite it)</source>
        <translation> (ancien schéma&#xa0;; relancez avec --upgrade pour le réécrire)</translation>
    </message>
    <message>
        <source>%1: valid experiment &quot;%2&quot;%3</source>
        <translation>%1&#xa0;: expérience valide &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>fabbrica profiles: unknown argument %1 (see fabbrica --help)</source>
        <translation>fabbrica profiles&#xa0;: argument inconnu %1 (voir fabbrica --help)</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>local processes</source>
        <translation>processus locaux</translation>
    </message>
    <message>
        <source>fabbrica: unknown command &quot;%1&quot; (see fabbrica --help)</source>
        <translation>fabbrica&#xa0;: commande inconnue &quot;%1&quot; (voir fabbrica --help)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  check --profile NAME         connect with a profile: print the host key fingerprint, the
        [--accept-new-host-key] login method, the remote user and `sinfo --version`;
        [--timeout SECONDS]     secrets are asked on the terminal (one line each from
                               stdin when it is not a terminal); an unknown host key is
                               refused unless --accept-new-host-key, a changed one always
</source>
        <translation>  check --profile NOM             se connecter avec un profil&#xa0;: afficher l&apos;empreinte de la clé
        [--accept-new-host-key]   d&apos;hôte, la méthode de connexion, l&apos;utilisateur distant et
        [--timeout SECONDES]      `sinfo --version`&#xa0;; les secrets sont demandés dans le terminal
                                  (une ligne chacun sur stdin s&apos;il ne s&apos;agit pas d&apos;un terminal)&#xa0;;
                                  une clé d&apos;hôte inconnue est refusée sauf avec --accept-new-host-key,
                                  une clé modifiée l&apos;est toujours
</translation>
    </message>
    <message>
        <source>fabbrica check: --timeout takes a number of seconds, got %1</source>
        <translation>fabbrica check&#xa0;: --timeout attend un nombre de secondes, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>fabbrica check: unknown argument %1 (see fabbrica --help)</source>
        <translation>fabbrica check&#xa0;: argument inconnu %1 (voir fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica check: name a profile, e.g. fabbrica check --profile leonardo (fabbrica profiles lists them)</source>
        <translation>fabbrica check&#xa0;: indiquez un profil, par ex. fabbrica check --profile leonardo (fabbrica profiles les liste)</translation>
    </message>
    <message>
        <source>fabbrica check: no profile named &quot;%1&quot; in %2 (fabbrica profiles lists them)</source>
        <translation>fabbrica check&#xa0;: aucun profil nommé &quot;%1&quot; dans %2 (fabbrica profiles les liste)</translation>
    </message>
    <message>
        <source>fabbrica check: %1</source>
        <translation>fabbrica check&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: ~/.ssh/config: %1</source>
        <translation>remarque&#xa0;: ~/.ssh/config&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> via %1</translation>
    </message>
    <message>
        <source>no answer within %1 s (%2)</source>
        <translation>aucune réponse en %1 s (%2)</translation>
    </message>
    <message>
        <source>fabbrica check: cannot connect with profile &quot;%1&quot;: %2</source>
        <translation>fabbrica check&#xa0;: impossible de se connecter avec le profil &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Jump host:     %1</source>
        <translation>Hôte de rebond&#xa0;:       %1</translation>
    </message>
    <message>
        <source>Host key:      %1 %2 (%3)</source>
        <translation>Clé d&apos;hôte&#xa0;:           %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Logged in by:  %1</source>
        <translation>Authentifié par&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Certificate:   valid for %1 more (until %2)</source>
        <translation>Certificat&#xa0;:           valide encore %1 (jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>fabbrica check: `id -un` failed on %1: %2</source>
        <translation>fabbrica check&#xa0;: `id -un` a échoué sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Remote user:   %1</source>
        <translation>Utilisateur distant&#xa0;:  %1</translation>
    </message>
    <message>
        <source>fabbrica check: `sinfo --version` did not run: %1</source>
        <translation>fabbrica check&#xa0;: `sinfo --version` ne s&apos;est pas exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <source>fabbrica check: `sinfo --version` failed (exit %1): %2 — is Slurm in the login shell&apos;s PATH on %3?</source>
        <translation>fabbrica check&#xa0;: `sinfo --version` a échoué (code de sortie %1)&#xa0;: %2 — Slurm est-il dans le PATH du shell de connexion sur %3&#xa0;?</translation>
    </message>
    <message>
        <source>Slurm:         %1</source>
        <translation>Slurm&#xa0;:                %1</translation>
    </message>
    <message>
        <source>OK: profile &quot;%1&quot; works.</source>
        <translation>OK&#xa0;: le profil &quot;%1&quot; fonctionne.</translation>
    </message>
    <message>
        <source>fabbrica metrics: no job %1 on This computer</source>
        <translation>fabbrica metrics&#xa0;: aucun job %1 sur Cet ordinateur</translation>
    </message>
    <message>
        <source>fabbrica metrics: job %1 has written no metrics (yet)</source>
        <translation>fabbrica metrics&#xa0;: le job %1 n&apos;a (encore) écrit aucune métrique</translation>
    </message>
    <message numerus="yes">
        <source>fabbrica metrics: %n line(s) could not be read</source>
        <translation>
            <numerusform>fabbrica metrics&#xa0;: %n ligne n&apos;a pas pu être lue</numerusform>
            <numerusform>fabbrica metrics&#xa0;: %n lignes n&apos;ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message>
        <source>fabbrica metrics: %1</source>
        <translation>fabbrica metrics&#xa0;: %1</translation>
    </message>
    <message>
        <source>fabbrica metrics: no stored metrics for job %1 of %2; open the job in Fabbrica while it runs to stream them</source>
        <translation>fabbrica metrics&#xa0;: aucune métrique stockée pour le job %1 de %2&#xa0;; ouvrez le job dans Fabbrica pendant son exécution pour les recevoir en flux</translation>
    </message>
    <message>
        <source>fabbrica metrics: --follow reads live files on This computer only; printing the points stored so far</source>
        <translation>fabbrica metrics&#xa0;: --follow ne lit les fichiers en direct que sur Cet ordinateur&#xa0;; affichage des points stockés jusqu&apos;ici</translation>
    </message>
    <message>
        <source>fabbrica metrics: %1 was still running when last seen</source>
        <translation>fabbrica metrics&#xa0;: %1 était encore en cours lors de la dernière observation</translation>
    </message>
    <message>
        <source>  metrics JOBID --profile NAME [--follow] [--json]
                               print a job&apos;s training metrics, one point per line
</source>
        <translation>  metrics JOBID --profile NOM [--follow] [--json]
                                  afficher les métriques d&apos;entraînement d&apos;un job, un point par ligne
</translation>
    </message>
    <message>
        <source>fabbrica metrics: unexpected argument %1 (see fabbrica --help)</source>
        <translation>fabbrica metrics&#xa0;: argument inattendu %1 (voir fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica metrics: which job? (fabbrica metrics JOBID --profile NAME)</source>
        <translation>fabbrica metrics&#xa0;: quel job&#xa0;? (fabbrica metrics JOBID --profile NOM)</translation>
    </message>
    <message>
        <source>fabbrica %1: no profile named &quot;%2&quot; in %3 (fabbrica profiles lists them)</source>
        <translation>fabbrica %1&#xa0;: aucun profil nommé &quot;%2&quot; dans %3 (fabbrica profiles les liste)</translation>
    </message>
    <message>
        <source>fabbrica %1: %2</source>
        <translation>fabbrica %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>fabbrica %1: cannot connect with profile &quot;%2&quot;: %3</source>
        <translation>fabbrica %1&#xa0;: impossible de se connecter avec le profil &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>fabbrica jobs: no answer from %1</source>
        <translation>fabbrica jobs&#xa0;: aucune réponse de %1</translation>
    </message>
    <message>
        <source>fabbrica jobs: %1</source>
        <translation>fabbrica jobs&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>note: %n line(s) of the scheduler&apos;s answer could not be read</source>
        <translation>
            <numerusform>remarque&#xa0;: %n ligne de la réponse de l&apos;ordonnanceur n&apos;a pas pu être lue</numerusform>
            <numerusform>remarque&#xa0;: %n lignes de la réponse de l&apos;ordonnanceur n&apos;ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message>
        <source>JOBID</source>
        <translation>JOBID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>ELAPSED</source>
        <translation>ÉCOULÉ</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>NŒUDS</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>RAISON</translation>
    </message>
    <message>
        <source>fabbrica allocations: %1</source>
        <translation>fabbrica allocations&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNITÉ</translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation>ATTRIBUÉ</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>CONSOMMÉ</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>RESTANT</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>fabbrica partitions: %1</source>
        <translation>fabbrica partitions&#xa0;: %1</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <source>IDLE/NODES</source>
        <translation>LIBRES/NŒUDS</translation>
    </message>
    <message>
        <source>GPUS/NODE</source>
        <translation>GPU/NŒUD</translation>
    </message>
    <message>
        <source>FREE GPUS</source>
        <translation>GPU LIBRES</translation>
    </message>
    <message>
        <source>MAX TIME</source>
        <translation>DURÉE MAX</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>%1 annulé</translation>
    </message>
    <message>
        <source>fabbrica cancel: %1</source>
        <translation>fabbrica cancel&#xa0;: %1</translation>
    </message>
    <message>
        <source>fabbrica %1: %2 is not a valid experiment</source>
        <translation>fabbrica %1&#xa0;: %2 n&apos;est pas une expérience valide</translation>
    </message>
    <message>
        <source>fabbrica submit: no answer from %1</source>
        <translation>fabbrica submit&#xa0;: aucune réponse de %1</translation>
    </message>
    <message>
        <source>Cost:     %1</source>
        <translation>Coût&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Budget:   %1</source>
        <translation>Budget&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Starts:   about %1 (sbatch --test-only)</source>
        <translation>Début&#xa0;:   vers %1 (sbatch --test-only)</translation>
    </message>
    <message>
        <source>fabbrica submit: %1</source>
        <translation>fabbrica submit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was submitted.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été soumis.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) in %1</source>
        <translation>
            <numerusform>%n tâche dans %1</numerusform>
            <numerusform>%n tâches dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>fabbrica script: name one experiment file</source>
        <translation>fabbrica script&#xa0;: indiquez un seul fichier d&apos;expérience</translation>
    </message>
    <message>
        <source>fabbrica script: no usable profile named &quot;%1&quot;</source>
        <translation>fabbrica script&#xa0;: aucun profil utilisable nommé &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>note: the parameter table %1 (%n task(s)) is uploaded beside the script</source>
        <translation>
            <numerusform>remarque&#xa0;: la table des paramètres %1 (%n tâche) est envoyée à côté du script</numerusform>
            <numerusform>remarque&#xa0;: la table des paramètres %1 (%n tâches) est envoyée à côté du script</numerusform>
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
        <translation>  script FICHIER [--profile NOM]  afficher le script batch que l&apos;expérience soumettrait
  submit FICHIER --profile NOM    estimer le coût, vérifier le compte, soumettre&#xa0;; affiche le
        [--dry-run] [--json]      ou les identifiants de job. --dry-run s&apos;arrête avant sbatch
  jobs --profile NOM [JOBID…]     vos jobs (ou ceux-ci), avec les raisons d&apos;attente en clair
        [--json]
  cancel JOBID… --profile NOM     annuler des jobs
  allocations --profile NOM       budgets&#xa0;: attribué, consommé, restant (l&apos;inconnu reste inconnu)
        [--json]
  partitions --profile NOM        partitions avec GPU par nœud, GPU libres, limites de temps
        [--json]
  (--profile this-computer, la valeur par défaut, exécute les expériences sur cet ordinateur)
</translation>
    </message>
    <message>
        <source>fabbrica %1: unknown option %2 (see fabbrica --help)</source>
        <translation>fabbrica %1&#xa0;: option inconnue %2 (voir fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica submit: name one experiment file, e.g. fabbrica submit sweep.json --profile leonardo</source>
        <translation>fabbrica submit&#xa0;: indiquez un seul fichier d&apos;expérience, par ex. fabbrica submit sweep.json --profile leonardo</translation>
    </message>
    <message>
        <source>fabbrica cancel: name the job id(s) to cancel</source>
        <translation>fabbrica cancel&#xa0;: indiquez le ou les identifiants des jobs à annuler</translation>
    </message>
    <message>
        <source>fabbrica bundle create: %1 needs a value</source>
        <translation>fabbrica bundle create&#xa0;: %1 attend une valeur</translation>
    </message>
    <message>
        <source>fabbrica bundle create: no profile named &quot;%1&quot;</source>
        <translation>fabbrica bundle create&#xa0;: aucun profil nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fabbrica bundle create: unexpected &quot;%1&quot;</source>
        <translation>fabbrica bundle create&#xa0;: &quot;%1&quot; inattendu</translation>
    </message>
    <message>
        <source>fabbrica bundle create: give the output file and --title</source>
        <translation>fabbrica bundle create&#xa0;: indiquez le fichier de sortie et --title</translation>
    </message>
    <message>
        <source>%1: %2 profile(s), %3 experiment(s), %4 data file(s), %5 KB</source>
        <translation>%1&#xa0;: %2 profil(s), %3 expérience(s), %4 fichier(s) de données, %5 Ko</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reservation: %1</source>
        <translation>Réservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profil&#xa0;: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Experiment: %1 (%n file(s))</source>
        <translation>
            <numerusform>Expérience&#xa0;: %1 (%n fichier)</numerusform>
            <numerusform>Expérience&#xa0;: %1 (%n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data: %1 (%2 bytes)</source>
        <translation>Données&#xa0;: %1 (%2 octets)</translation>
    </message>
    <message>
        <source>profile %1 added</source>
        <translation>profil %1 ajouté</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>expérience %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>données %1</translation>
    </message>
    <message>
        <source>  bundle create OUT.fabbrica --title TEXT [--description TEXT] [--reservation NAME]
                [--profile NAME]... [--experiment FILE]... [--data FILE]...
                                 make a workshop bundle (profiles carry no user, key or secret)
  bundle show FILE.fabbrica      what a bundle holds
  bundle import FILE.fabbrica    add its profiles and experiments (nothing is overwritten)
</source>
        <translation>  bundle create SORTIE.fabbrica --title TEXTE [--description TEXTE] [--reservation NOM]
                [--profile NOM]... [--experiment FICHIER]... [--data FICHIER]...
                                  créer un paquet d&apos;atelier (les profils ne contiennent ni utilisateur, ni clé, ni secret)
  bundle show FICHIER.fabbrica    ce que contient un paquet
  bundle import FICHIER.fabbrica  ajouter ses profils et ses expériences (rien n&apos;est écrasé)
</translation>
    </message>
</context>
<context>
    <name>fab::json</name>
    <message>
        <source>not valid JSON at line %1, column %2 (%3)</source>
        <translation>JSON invalide à la ligne %1, colonne %2 (%3)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3)</source>
        <translation>%1 est trop volumineux (%2 octets&#xa0;; %3 au maximum)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu</name>
    <message>
        <source>no NVIDIA GPU or driver found</source>
        <translation>aucun GPU ou pilote NVIDIA trouvé</translation>
    </message>
    <message>
        <source>the CUDA attention kernel takes heads of up to 128 channels; this model has %1</source>
        <translation>le noyau d&apos;attention CUDA accepte des têtes de 128 canaux au plus&#xa0;; ce modèle en a %1</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Checkpoint</name>
    <message>
        <source>%1 is not a Fabbrica checkpoint</source>
        <translation>%1 n&apos;est pas un checkpoint Fabbrica</translation>
    </message>
    <message>
        <source>%1 was written for a different model than this run&apos;s (%2)</source>
        <translation>%1 a été écrit pour un autre modèle que celui de cette exécution (%2)</translation>
    </message>
    <message>
        <source>shapes differ</source>
        <translation>les formes diffèrent</translation>
    </message>
    <message>
        <source>%1: tensor %2 is missing or has the wrong shape</source>
        <translation>%1&#xa0;: le tenseur %2 est absent ou n&apos;a pas la bonne forme</translation>
    </message>
    <message>
        <source>%1: step, rng or data_position in its metadata is not a number</source>
        <translation>%1&#xa0;: step, rng ou data_position dans ses métadonnées n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Data</name>
    <message>
        <source>sequence length must be at least 1</source>
        <translation>la longueur de séquence doit valoir au moins 1</translation>
    </message>
    <message>
        <source>validation fraction must be between 0 and 0.5, got %1</source>
        <translation>la fraction de validation doit être comprise entre 0 et 0,5, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>data file %1 does not exist</source>
        <translation>le fichier de données %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read data file %1: %2</source>
        <translation>impossible de lire le fichier de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>data file %1 is empty</source>
        <translation>le fichier de données %1 est vide</translation>
    </message>
    <message>
        <source>unknown data format &quot;%1&quot; (auto, text, jsonl or pairs)</source>
        <translation>format de données inconnu &quot;%1&quot; (auto, text, jsonl ou pairs)</translation>
    </message>
    <message>
        <source>%1 line %2: not a JSON object</source>
        <translation>%1, ligne %2&#xa0;: ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 line %2: needs string fields &quot;prompt&quot; and &quot;completion&quot; like the lines before it</source>
        <translation>%1, ligne %2&#xa0;: il faut des champs texte &quot;prompt&quot; et &quot;completion&quot;, comme dans les lignes précédentes</translation>
    </message>
    <message>
        <source>%1 line %2: needs a string field &quot;text&quot; (or &quot;prompt&quot; and &quot;completion&quot;)</source>
        <translation>%1, ligne %2&#xa0;: il faut un champ texte &quot;text&quot; (ou &quot;prompt&quot; et &quot;completion&quot;)</translation>
    </message>
    <message>
        <source>%1 has no records</source>
        <translation>%1 ne contient aucun enregistrement</translation>
    </message>
    <message>
        <source>%1 gives no training tokens to learn from (%2 tokens in all)</source>
        <translation>%1 ne fournit aucun token d&apos;entraînement à apprendre (%2 tokens en tout)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Device</name>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 Go)</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>no NVIDIA GPU or driver found</source>
        <translation>aucun GPU ou pilote NVIDIA trouvé</translation>
    </message>
    <message>
        <source>built without CUDA</source>
        <translation>compilé sans CUDA</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Engine</name>
    <message>
        <source>this build of Fabbrica has no CUDA path</source>
        <translation>cette version de Fabbrica est compilée sans prise en charge de CUDA</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::LocalRuns</name>
    <message>
        <source>the sample dataset is missing from this build</source>
        <translation>le jeu de données d&apos;exemple est absent de cette version</translation>
    </message>
    <message>
        <source>cannot write the sample dataset into %1: %2</source>
        <translation>impossible d&apos;écrire le jeu de données d&apos;exemple dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Lora</name>
    <message>
        <source>LoRA rank must be between 0 (full fine-tune) and 4096, got %1</source>
        <translation>le rang LoRA doit être compris entre 0 (fine-tuning complet) et 4096, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>LoRA alpha must be positive, got %1</source>
        <translation>l&apos;alpha LoRA doit être positif, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>LoRA dropout must be in [0, 1), got %1</source>
        <translation>le dropout LoRA doit être dans [0, 1), valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>LoRA needs at least one target module (c_attn, c_proj, c_fc)</source>
        <translation>LoRA nécessite au moins un module cible (c_attn, c_proj, c_fc)</translation>
    </message>
    <message>
        <source>unknown LoRA target module &quot;%1&quot; (use c_attn, c_proj, c_fc)</source>
        <translation>module cible LoRA inconnu &quot;%1&quot; (utilisez c_attn, c_proj, c_fc)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::ModelConfig</name>
    <message>
        <source>vocabulary size must be between 2 and 1048576, got %1</source>
        <translation>la taille du vocabulaire doit être comprise entre 2 et 1048576, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>context length must be between 1 and 65536, got %1</source>
        <translation>la longueur de contexte doit être comprise entre 1 et 65536, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>number of layers must be between 1 and 256, got %1</source>
        <translation>le nombre de couches doit être compris entre 1 et 256, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>heads and width must be positive (width at most 65536), got %1 heads, width %2</source>
        <translation>le nombre de têtes et la largeur doivent être positifs (largeur de 65536 au plus), valeurs reçues&#xa0;: %1 têtes, largeur %2</translation>
    </message>
    <message>
        <source>width %1 is not a multiple of the number of heads %2</source>
        <translation>la largeur %1 n&apos;est pas un multiple du nombre de têtes %2</translation>
    </message>
    <message>
        <source>layer_norm_epsilon must be between 0 and 1, got %1</source>
        <translation>layer_norm_epsilon doit être compris entre 0 et 1, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>config.json is not a JSON object</source>
        <translation>config.json n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>config.json describes a &quot;%1&quot; model; only GPT-2 (model_type &quot;gpt2&quot;) is supported</source>
        <translation>config.json décrit un modèle &quot;%1&quot;&#xa0;; seul GPT-2 (model_type &quot;gpt2&quot;) est pris en charge</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;vocab_size&quot;</source>
        <translation>config.json n&apos;a pas d&apos;entier &quot;vocab_size&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_positions&quot;</source>
        <translation>config.json n&apos;a pas d&apos;entier &quot;n_positions&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_layer&quot;</source>
        <translation>config.json n&apos;a pas d&apos;entier &quot;n_layer&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_head&quot;</source>
        <translation>config.json n&apos;a pas d&apos;entier &quot;n_head&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_embd&quot;</source>
        <translation>config.json n&apos;a pas d&apos;entier &quot;n_embd&quot;</translation>
    </message>
    <message>
        <source>config.json uses activation &quot;%1&quot;; this engine implements GPT-2&apos;s tanh GELU (gelu_new)</source>
        <translation>config.json utilise l&apos;activation &quot;%1&quot;&#xa0;; ce moteur implémente la GELU tanh de GPT-2 (gelu_new)</translation>
    </message>
    <message>
        <source>config.json sets n_inner %1; only the GPT-2 MLP of 4 × n_embd is supported</source>
        <translation>config.json fixe n_inner à %1&#xa0;; seul le MLP de GPT-2 de 4 × n_embd est pris en charge</translation>
    </message>
    <message>
        <source>config.json unties the output head; GPT-2&apos;s head is tied to wte</source>
        <translation>config.json délie la tête de sortie&#xa0;; la tête de GPT-2 est liée à wte</translation>
    </message>
    <message>
        <source>config.json: %1</source>
        <translation>config.json&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Safetensors</name>
    <message>
        <source>not a safetensors file: shorter than its 8-byte header length</source>
        <translation>ce n&apos;est pas un fichier safetensors&#xa0;: plus court que son champ de longueur d&apos;en-tête de 8 octets</translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 is out of range</source>
        <translation>ce n&apos;est pas un fichier safetensors&#xa0;: la longueur d&apos;en-tête %1 est hors limites</translation>
    </message>
    <message>
        <source>truncated safetensors file: the header needs %1 bytes, the file has %2</source>
        <translation>fichier safetensors tronqué&#xa0;: l&apos;en-tête nécessite %1 octets, le fichier en a %2</translation>
    </message>
    <message>
        <source>safetensors header incomplete in memory</source>
        <translation>en-tête safetensors incomplet en mémoire</translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object</source>
        <translation>l&apos;en-tête safetensors n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>safetensors __metadata__ is not an object</source>
        <translation>le __metadata__ safetensors n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>safetensors __metadata__ value &quot;%1&quot; is not a string</source>
        <translation>la valeur &quot;%1&quot; du __metadata__ safetensors n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: entry is not an object</source>
        <translation>tenseur &quot;%1&quot;&#xa0;: l&apos;entrée n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: no dtype</source>
        <translation>tenseur &quot;%1&quot;&#xa0;: pas de dtype</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: shape is not a list of at most 8 dimensions</source>
        <translation>tenseur &quot;%1&quot;&#xa0;: shape n&apos;est pas une liste d&apos;au plus 8 dimensions</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets is not [begin, end]</source>
        <translation>tenseur &quot;%1&quot;&#xa0;: data_offsets n&apos;est pas de la forme [begin, end]</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: unknown dtype &quot;%2&quot;</source>
        <translation>tenseur &quot;%1&quot;&#xa0;: dtype inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: a dimension is not a non-negative integer</source>
        <translation>tenseur &quot;%1&quot;&#xa0;: une dimension n&apos;est pas un entier positif ou nul</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: shape is larger than the file</source>
        <translation>tenseur &quot;%1&quot;&#xa0;: la forme dépasse la taille du fichier</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets are not non-negative integers</source>
        <translation>tenseur &quot;%1&quot;&#xa0;: data_offsets ne sont pas des entiers positifs ou nuls</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets [%2, %3] fall outside the %4 data bytes</source>
        <translation>tenseur &quot;%1&quot;&#xa0;: data_offsets [%2, %3] sortent des %4 octets de données</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 × %3 bytes do not fill data_offsets [%4, %5]</source>
        <translation>tenseur &quot;%1&quot;&#xa0;: %2 × %3 octets ne remplissent pas data_offsets [%4, %5]</translation>
    </message>
    <message>
        <source>tensors &quot;%1&quot; and &quot;%2&quot; overlap</source>
        <translation>les tenseurs &quot;%1&quot; et &quot;%2&quot; se chevauchent</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; is cut short (file changed while reading?)</source>
        <translation>%1&#xa0;: le tenseur &quot;%2&quot; est tronqué (fichier modifié pendant la lecture&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; has dtype %3; weights must be F32, F16, BF16 or F64</source>
        <translation>%1&#xa0;: le tenseur &quot;%2&quot; est de dtype %3&#xa0;; les poids doivent être en F32, F16, BF16 ou F64</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::ScaleUp</name>
    <message>
        <source>%1 has no exported model yet (model.safetensors + config.json): finish or resume the local run first</source>
        <translation>%1 n&apos;a pas encore de modèle exporté (model.safetensors + config.json)&#xa0;: terminez ou reprenez d&apos;abord l&apos;exécution locale</translation>
    </message>
    <message>
        <source>the run&apos;s data file %1 is gone</source>
        <translation>le fichier de données %1 de l&apos;exécution a disparu</translation>
    </message>
    <message>
        <source>scale-up needs at least one node and one GPU per node</source>
        <translation>le passage à l&apos;échelle nécessite au moins un nœud et un GPU par nœud</translation>
    </message>
    <message>
        <source>each of the %1 GPUs takes batch × grad_accum sequences per step: the global batch is %1 times the local run&apos;s; lower lr or grad_accum to keep it the same</source>
        <translation>chacun des %1 GPU traite batch × grad_accum séquences par étape&#xa0;: le batch global est %1 fois celui de l&apos;exécution locale&#xa0;; réduisez lr ou grad_accum pour le garder identique</translation>
    </message>
    <message>
        <source>the cluster run starts from this run&apos;s exported model (LoRA merged into it)</source>
        <translation>l&apos;exécution sur le cluster part du modèle exporté de cette exécution (avec LoRA fusionné)</translation>
    </message>
    <message>
        <source>cannot write the training script into %1</source>
        <translation>impossible d&apos;écrire le script d&apos;entraînement dans %1</translation>
    </message>
    <message>
        <source>cannot put %1 into %2: %3</source>
        <translation>impossible de placer %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 has AMD GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL) and does not apply there. Use the site&apos;s ROCm PyTorch containers and an experiment of your own instead.</source>
        <translation>%1 a des GPU AMD&#xa0;: le script de passage à l&apos;échelle est écrit pour des GPU NVIDIA (CUDA, NCCL) et ne s&apos;y applique pas. Utilisez plutôt les conteneurs PyTorch ROCm du site et une expérience de votre cru.</translation>
    </message>
    <message>
        <source>%1 has %2 GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL)</source>
        <translation>%1 a des GPU %2&#xa0;: le script de passage à l&apos;échelle est écrit pour des GPU NVIDIA (CUDA, NCCL)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Tokenizer</name>
    <message>
        <source>encoder.json is not a JSON object of token → id</source>
        <translation>encoder.json n&apos;est pas un objet JSON de la forme token → id</translation>
    </message>
    <message>
        <source>encoder.json: the id of &quot;%1&quot; is not a small non-negative integer</source>
        <translation>encoder.json&#xa0;: l&apos;id de &quot;%1&quot; n&apos;est pas un petit entier positif ou nul</translation>
    </message>
    <message>
        <source>vocab.bpe line %1 is not &quot;first second&quot;</source>
        <translation>vocab.bpe, ligne %1&#xa0;: n&apos;est pas de la forme &quot;first second&quot;</translation>
    </message>
    <message>
        <source>vocab.bpe has no merges</source>
        <translation>vocab.bpe ne contient aucune fusion (merges)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the built-in GPT-2 tokenizer files are missing from this build</source>
        <translation>les fichiers du tokenizer GPT-2 intégré sont absents de cette version</translation>
    </message>
    <message>
        <source>%1 has no GPT-2 tokenizer (encoder.json + vocab.bpe, or vocab.json + merges.txt)</source>
        <translation>%1 n&apos;a pas de tokenizer GPT-2 (encoder.json + vocab.bpe, ou vocab.json + merges.txt)</translation>
    </message>
    <message>
        <source>unknown tokenizer &quot;%1&quot;: use byte, gpt2 or a folder with encoder.json + vocab.bpe</source>
        <translation>tokenizer inconnu &quot;%1&quot;&#xa0;: utilisez byte, gpt2 ou un dossier contenant encoder.json + vocab.bpe</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainConfig</name>
    <message>
        <source>the fine-tune settings must be a JSON object</source>
        <translation>les paramètres de fine-tuning doivent être un objet JSON</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 doit être un entier</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>paramètre inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>model must be an object {layers, heads, width, context}</source>
        <translation>model doit être un objet {layers, heads, width, context}</translation>
    </message>
    <message>
        <source>lora must be an object {rank, alpha, dropout, targets}</source>
        <translation>lora doit être un objet {rank, alpha, dropout, targets}</translation>
    </message>
    <message>
        <source>lora.targets must be a list such as [&quot;c_attn&quot;, &quot;c_proj&quot;, &quot;c_fc&quot;]</source>
        <translation>lora.targets doit être une liste telle que [&quot;c_attn&quot;, &quot;c_proj&quot;, &quot;c_fc&quot;]</translation>
    </message>
    <message>
        <source>lora.targets must hold strings</source>
        <translation>lora.targets doit contenir des chaînes</translation>
    </message>
    <message>
        <source>seed must be an integer</source>
        <translation>seed doit être un entier</translation>
    </message>
    <message>
        <source>no training data: give a text or JSONL file (--data FILE)</source>
        <translation>aucune donnée d&apos;entraînement&#xa0;: fournissez un fichier texte ou JSONL (--data FICHIER)</translation>
    </message>
    <message>
        <source>no run folder: give one with --out DIR</source>
        <translation>aucun dossier d&apos;exécution&#xa0;: indiquez-en un avec --out DOSSIER</translation>
    </message>
    <message>
        <source>steps must be at least 1, got %1</source>
        <translation>steps doit valoir au moins 1, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>batch and grad_accum must be at least 1, got %1 and %2</source>
        <translation>batch et grad_accum doivent valoir au moins 1, valeurs reçues&#xa0;: %1 et %2</translation>
    </message>
    <message>
        <source>seq must be between 2 and 65536, got %1</source>
        <translation>seq doit être compris entre 2 et 65536, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>lr must be positive and below 10, got %1</source>
        <translation>lr doit être positif et inférieur à 10, valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>min_lr_ratio must be in [0, 1], got %1</source>
        <translation>min_lr_ratio doit être dans [0, 1], valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>warmup must be 0 or more steps</source>
        <translation>warmup doit valoir 0 étape ou plus</translation>
    </message>
    <message>
        <source>AdamW needs weight_decay &gt;= 0, beta1 and beta2 in [0, 1), eps &gt; 0</source>
        <translation>AdamW nécessite weight_decay &gt;= 0, beta1 et beta2 dans [0, 1), eps &gt; 0</translation>
    </message>
    <message>
        <source>grad_clip must be 0 (off) or positive</source>
        <translation>grad_clip doit valoir 0 (désactivé) ou être positif</translation>
    </message>
    <message>
        <source>eval_every and sample_every must be &gt;= 0, eval_batches and sample_tokens &gt;= 1, top_k &gt;= 0, temperature &gt; 0</source>
        <translation>eval_every et sample_every doivent être &gt;= 0, eval_batches et sample_tokens &gt;= 1, top_k &gt;= 0, temperature &gt; 0</translation>
    </message>
    <message>
        <source>checkpoint_every must be &gt;= 0 and keep_checkpoints &gt;= 1</source>
        <translation>checkpoint_every doit être &gt;= 0 et keep_checkpoints &gt;= 1</translation>
    </message>
    <message>
        <source>device must be auto, cpu or cuda, got &quot;%1&quot;</source>
        <translation>device doit valoir auto, cpu ou cuda, valeur reçue&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>threads must be between 0 (all cores) and 1024</source>
        <translation>threads doit être compris entre 0 (tous les cœurs) et 1024</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Trainer</name>
    <message>
        <source>cancelled at step %1</source>
        <translation>annulé à l&apos;étape %1</translation>
    </message>
    <message>
        <source>finished %1 steps</source>
        <translation>%1 étapes terminées</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainingRun</name>
    <message>
        <source>--resume needs the run folder (--out DIR)</source>
        <translation>--resume nécessite le dossier d&apos;exécution (--out DOSSIER)</translation>
    </message>
    <message>
        <source>no checkpoint to resume from in %1/checkpoints</source>
        <translation>aucun checkpoint à partir duquel reprendre dans %1/checkpoints</translation>
    </message>
    <message>
        <source>%1 is not a Fabbrica checkpoint (no train_config)</source>
        <translation>%1 n&apos;est pas un checkpoint Fabbrica (pas de train_config)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the %1 tokenizer has %2 tokens but the model&apos;s vocabulary has only %3</source>
        <translation>le tokenizer %1 a %2 tokens mais le vocabulaire du modèle n&apos;en a que %3</translation>
    </message>
    <message>
        <source>seq %1 is longer than the model&apos;s context of %2 positions</source>
        <translation>seq %1 dépasse le contexte du modèle (%2 positions)</translation>
    </message>
    <message>
        <source>data: %1 (%2), %3 tokens → %4 training and %5 validation sequences of %6</source>
        <translation>données&#xa0;: %1 (%2), %3 tokens → %4 séquences d&apos;entraînement et %5 séquences de validation de longueur %6</translation>
    </message>
    <message>
        <source>--device cuda: %1</source>
        <translation>--device cuda&#xa0;: %1</translation>
    </message>
    <message>
        <source>no GPU (%1): training on the CPU</source>
        <translation>pas de GPU (%1)&#xa0;: entraînement sur le CPU</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>impossible de créer le dossier d&apos;exécution %1</translation>
    </message>
    <message>
        <source>resumed from %1 at step %2</source>
        <translation>reprise depuis %1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>model: GPT-2, %1 layers, %2 heads, width %3, context %4, vocab %5: %6 parameters, %7 trained%8</source>
        <translation>modèle&#xa0;: GPT-2, %1 couches, %2 têtes, largeur %3, contexte %4, vocabulaire %5&#xa0;: %6 paramètres, %7 entraînés%8</translation>
    </message>
    <message>
        <source> (LoRA rank %1)</source>
        <translation> (rang LoRA %1)</translation>
    </message>
    <message>
        <source>device: %1%2</source>
        <translation>périphérique&#xa0;: %1%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s)</source>
        <translation>
            <numerusform>, %n thread</numerusform>
            <numerusform>, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>the loss became %1 at step %2: lower the learning rate (now %3) or check the data</source>
        <translation>la perte est devenue %1 à l&apos;étape %2&#xa0;: réduisez le taux d&apos;apprentissage (actuellement %3) ou vérifiez les données</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Weights</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>base model %1 does not exist</source>
        <translation>le modèle de base %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 has no model.safetensors (PyTorch .bin files are not read: convert them with transformers&apos; save_pretrained(safe_serialization=True))</source>
        <translation>%1 n&apos;a pas de model.safetensors (les fichiers PyTorch .bin ne sont pas lus&#xa0;: convertissez-les avec save_pretrained(safe_serialization=True) de transformers)</translation>
    </message>
    <message>
        <source>%1 is not a GPT-2 model: it has no 2-D wte.weight and wpe.weight</source>
        <translation>%1 n&apos;est pas un modèle GPT-2&#xa0;: il n&apos;a pas de wte.weight et wpe.weight en 2D</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not match the weights: config says vocab %2, width %3, context %4, %5 layers; the file has %6, %7, %8, %9</source>
        <translation>%1 ne correspond pas aux poids&#xa0;: la configuration indique vocabulaire %2, largeur %3, contexte %4, %5 couches&#xa0;; le fichier a %6, %7, %8, %9</translation>
    </message>
    <message>
        <source>no config.json beside %1: assumed %2 heads of 64</source>
        <translation>pas de config.json à côté de %1&#xa0;: %2 têtes de 64 supposées</translation>
    </message>
    <message>
        <source>%1 lacks tensor %2</source>
        <translation>%1 ne contient pas le tenseur %2</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, a GPT-2 of this size needs %4 (Conv1D weights are [in, out])</source>
        <translation>%1&#xa0;: le tenseur %2 a la forme %3, un GPT-2 de cette taille nécessite %4 (les poids Conv1D sont [in, out])</translation>
    </message>
    <message>
        <source>%1 has tensor %2, which is not part of GPT-2 (a different architecture?)</source>
        <translation>%1 contient le tenseur %2, qui ne fait pas partie de GPT-2 (autre architecture&#xa0;?)</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n tied head / attention mask buffer(s)</source>
        <translation>
            <numerusform>%n tampon de tête liée / de masque d&apos;attention ignoré</numerusform>
            <numerusform>%n tampons de tête liée / de masque d&apos;attention ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>internal error: %1 parameters for a layout of %2</source>
        <translation>erreur interne&#xa0;: %1 paramètres pour une disposition de %2</translation>
    </message>
    <message>
        <source>%1 is not a PEFT LoRA adapter config (peft_type LORA, integer r)</source>
        <translation>%1 n&apos;est pas une configuration d&apos;adaptateur LoRA PEFT (peft_type LORA, r entier)</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, expected %4 for this base model</source>
        <translation>%1&#xa0;: le tenseur %2 a la forme %3, %4 attendu pour ce modèle de base</translation>
    </message>
</context>
<context>
    <name>fab::metrics::MetricParser</name>
    <message>
        <source>a quoted cell is not closed properly</source>
        <translation>une cellule entre guillemets n&apos;est pas correctement fermée</translation>
    </message>
    <message>
        <source>the row does not have one cell per column (%1)</source>
        <translation>la ligne n&apos;a pas une cellule par colonne (%1)</translation>
    </message>
    <message>
        <source>a Trainer log dict is cut or malformed</source>
        <translation>un dict de journal du Trainer est tronqué ou mal formé</translation>
    </message>
    <message>
        <source>not valid JSON (at column %1)</source>
        <translation>JSON invalide (à la colonne %1)</translation>
    </message>
    <message>
        <source>byte %1: %2: %3</source>
        <translation>octet %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>%1 bytes missing from the stream</source>
        <translation>%1 octets manquants dans le flux</translation>
    </message>
    <message>
        <source>an MLflow metric file needs its metric name</source>
        <translation>un fichier de métrique MLflow a besoin de son nom de métrique</translation>
    </message>
    <message>
        <source>unknown metrics format “%1”</source>
        <translation>format de métriques inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not an MLflow metric line (timestamp value step)</source>
        <translation>ce n&apos;est pas une ligne de métrique MLflow (timestamp value step)</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression: %1 (at %2)</source>
        <translation>le motif n&apos;est pas une expression régulière valide&#xa0;: %1 (à %2)</translation>
    </message>
    <message>
        <source>the pattern needs a named group (?&lt;step&gt;…) and one per metric</source>
        <translation>le motif nécessite un groupe nommé (?&lt;step&gt;…) et un groupe par métrique</translation>
    </message>
    <message>
        <source>the step group did not match an integer</source>
        <translation>le groupe step ne correspond pas à un entier</translation>
    </message>
    <message>
        <source>not a TFRecord here (length checksum wrong); skipped to the next record</source>
        <translation>pas d&apos;enregistrement TFRecord ici (somme de contrôle de longueur erronée)&#xa0;; passage à l&apos;enregistrement suivant</translation>
    </message>
    <message>
        <source>record checksum wrong</source>
        <translation>somme de contrôle de l&apos;enregistrement erronée</translation>
    </message>
    <message>
        <source>record is not a TensorBoard event</source>
        <translation>l&apos;enregistrement n&apos;est pas un événement TensorBoard</translation>
    </message>
    <message>
        <source>the stream ends inside a record</source>
        <translation>le flux se termine au milieu d&apos;un enregistrement</translation>
    </message>
</context>
<context>
    <name>fab::remote::Auth</name>
    <message>
        <source>%1 (accepted, another factor is required)</source>
        <translation>%1 (succès, un autre facteur est requis)</translation>
    </message>
    <message>
        <source>%1 could not be read as a private key (OpenSSH or PEM; Ed25519, ECDSA or RSA)</source>
        <translation>%1 n&apos;a pas pu être lu comme clé privée (OpenSSH ou PEM&#xa0;; Ed25519, ECDSA ou RSA)</translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens this key.</source>
        <translation>La phrase de passe mémorisée n&apos;ouvre plus cette clé.</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Phrase de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>no passphrase given for %1</source>
        <translation>aucune phrase de passe fournie pour %1</translation>
    </message>
    <message numerus="yes">
        <source>wrong passphrase for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>phrase de passe incorrecte pour %1 (%n tentative)</numerusform>
            <numerusform>phrase de passe incorrecte pour %1 (%n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for %1 (attempt %2 of %3).</source>
        <translation>Phrase de passe incorrecte pour %1 (tentative %2 sur %3).</translation>
    </message>
    <message>
        <source>wrong passphrase for %1 (%2 attempts)</source>
        <translation>phrase de passe incorrecte pour %1 (%2 tentatives)</translation>
    </message>
    <message>
        <source>%1 is missing or is not a private key</source>
        <translation>%1 est absent ou n&apos;est pas une clé privée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>your SSH certificate %1 expired at %2 (%3 ago); %4</source>
        <translation>votre certificat SSH %1 a expiré le %2 (il y a %3)&#xa0;; %4</translation>
    </message>
    <message>
        <source>your SSH certificate %1 is valid only from %2 (check this computer&apos;s clock)</source>
        <translation>votre certificat SSH %1 n&apos;est valide qu&apos;à partir du %2 (vérifiez l&apos;horloge de cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 could not be read by libssh</source>
        <translation>%1 n&apos;a pas pu être lu par libssh</translation>
    </message>
    <message>
        <source>certificate %1, valid until %2</source>
        <translation>certificat %1, valide jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>certificat %1</translation>
    </message>
    <message>
        <source>publickey %1</source>
        <translation>clé publique %1</translation>
    </message>
    <message>
        <source>%1 (not accepted by the server)</source>
        <translation>%1 (refus du serveur)</translation>
    </message>
    <message>
        <source>%1 does not belong to the key %2</source>
        <translation>%1 n&apos;appartient pas à la clé %2</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (refus)</translation>
    </message>
    <message>
        <source>publickey from ssh-agent</source>
        <translation>clé publique via ssh-agent</translation>
    </message>
    <message>
        <source>ssh-agent at %1 did not answer</source>
        <translation>ssh-agent (%1) n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>%1 (no key accepted)</source>
        <translation>%1 (aucune clé acceptée)</translation>
    </message>
    <message>
        <source>the server&apos;s question &quot;%1&quot; was not answered</source>
        <translation>la question du serveur &quot;%1&quot; est restée sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>the server refused the answers given (%n attempt(s))</source>
        <translation>
            <numerusform>le serveur a refusé les réponses données (%n tentative)</numerusform>
            <numerusform>le serveur a refusé les réponses données (%n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <source>The server refused the answers (attempt %1 of %2). Check the code or password.</source>
        <translation>Le serveur a refusé les réponses (tentative %1 sur %2). Vérifiez le code ou le mot de passe.</translation>
    </message>
    <message>
        <source>keyboard-interactive (answers refused)</source>
        <translation>keyboard-interactive (réponses refusées)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>aucun mot de passe fourni pour %1</translation>
    </message>
    <message numerus="yes">
        <source>wrong password for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>mot de passe incorrect pour %1 (%n tentative)</numerusform>
            <numerusform>mot de passe incorrect pour %1 (%n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>The remembered password was refused; type it again.</source>
        <translation>Le mot de passe mémorisé a été refusé&#xa0;; saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Wrong password for %1 (attempt %2 of %3).</source>
        <translation>Mot de passe incorrect pour %1 (tentative %2 sur %3).</translation>
    </message>
    <message numerus="yes">
        <source>password (wrong password, %n attempt(s))</source>
        <translation>
            <numerusform>mot de passe (mot de passe incorrect, %n tentative)</numerusform>
            <numerusform>mot de passe (mot de passe incorrect, %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>mot de passe incorrect pour %1</translation>
    </message>
    <message>
        <source>none (the server asked for nothing)</source>
        <translation>aucune (le serveur n&apos;a rien demandé)</translation>
    </message>
    <message>
        <source>login to %1 failed: %2</source>
        <translation>la connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>login to %1 cancelled</source>
        <translation>connexion à %1 annulée</translation>
    </message>
    <message>
        <source>login to %1 cancelled: %2</source>
        <translation>connexion à %1 annulée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Permission denied for %1 (the server accepts: %2).</source>
        <translation>Permission refusée pour %1 (le serveur accepte&#xa0;: %2).</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>rien de plus</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation>Méthodes essayées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No key, agent or password was available to try; set identity_file in the profile or load your key into ssh-agent.</source>
        <translation>Aucune clé, aucun agent ni aucun mot de passe n&apos;était disponible&#xa0;; définissez identity_file dans le profil ou chargez votre clé dans ssh-agent.</translation>
    </message>
    <message>
        <source>Your SSH certificate %1 expires in %2 (at %3); the next login after that will fail. %4</source>
        <translation>Votre certificat SSH %1 expire dans %2 (le %3)&#xa0;; la prochaine connexion après cette date échouera. %4</translation>
    </message>
    <message>
        <source>the agent answered message %1, not an identity list</source>
        <translation>l&apos;agent a répondu par le message %1, et non par une liste d&apos;identités</translation>
    </message>
    <message>
        <source>the agent&apos;s identity list is cut short</source>
        <translation>la liste d&apos;identités de l&apos;agent est tronquée</translation>
    </message>
    <message>
        <source>the agent sent a key without a type</source>
        <translation>l&apos;agent a envoyé une clé sans type</translation>
    </message>
    <message>
        <source>the agent&apos;s answer is too large</source>
        <translation>la réponse de l&apos;agent est trop volumineuse</translation>
    </message>
    <message>
        <source>the agent did not answer in time</source>
        <translation>l&apos;agent n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>your SSH certificate in ssh-agent (%1) expired at %2 (%3 ago); %4</source>
        <translation>votre certificat SSH dans ssh-agent (%1) a expiré le %2 (il y a %3)&#xa0;; %4</translation>
    </message>
</context>
<context>
    <name>fab::remote::ConnectionSettings</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>renew it with: step ssh login &apos;YOUR-EMAIL&apos; --provisioner cineca-hpc (the e-mail registered in CINECA&apos;s UserDB; certificates last 12 h)</source>
        <translation>renouvelez-le avec&#xa0;: step ssh login &apos;VOTRE-EMAIL&apos; --provisioner cineca-hpc (l&apos;adresse e-mail enregistrée dans la UserDB du CINECA&#xa0;; les certificats sont valables 12 h)</translation>
    </message>
    <message>
        <source>ask your centre&apos;s certificate service for a new one (for smallstep: step ssh login …)</source>
        <translation>demandez-en un nouveau au service de certificats de votre centre (pour smallstep&#xa0;: step ssh login …)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; runs on this computer; it has no SSH connection</source>
        <translation>le profil &quot;%1&quot; s&apos;exécute sur cet ordinateur&#xa0;; il n&apos;a pas de connexion SSH</translation>
    </message>
    <message>
        <source>proxy_jump: %1</source>
        <translation>proxy_jump&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fab::remote::HopTunnel</name>
    <message>
        <source>cannot create a channel</source>
        <translation>impossible de créer un canal</translation>
    </message>
    <message>
        <source>the jump host could not open a connection to %1:%2 (%3); check AllowTcpForwarding on the jump host and the address of the next hop</source>
        <translation>l&apos;hôte de rebond n&apos;a pas pu ouvrir de connexion vers %1:%2 (%3)&#xa0;; vérifiez AllowTcpForwarding sur l&apos;hôte de rebond et l&apos;adresse du saut suivant</translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation>hôte de rebond %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection behind jump host %1 was closed</source>
        <translation>la connexion derrière l&apos;hôte de rebond %1 a été fermée</translation>
    </message>
    <message>
        <source>the link to jump host %1 dropped</source>
        <translation>la liaison avec l&apos;hôte de rebond %1 a été coupée</translation>
    </message>
    <message>
        <source>jump host %1 stopped answering</source>
        <translation>l&apos;hôte de rebond %1 ne répond plus</translation>
    </message>
</context>
<context>
    <name>fab::remote::HostKeyCheck</name>
    <message>
        <source>cannot encode the host key</source>
        <translation>impossible d&apos;encoder la clé d&apos;hôte</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server at %1 sent no host key</source>
        <translation>le serveur à l&apos;adresse %1 n&apos;a envoyé aucune clé d&apos;hôte</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED.
  known_hosts (%2) has: %3
  the server now offers: %4
Someone may be intercepting the connection, or the centre replaced its key. Compare with the fingerprint the centre publishes; if the change is expected, remove the old entry with: ssh-keygen -R &apos;%5&apos; -f &apos;%2&apos; and connect again.</source>
        <translation>La clé d&apos;hôte de %1 a CHANGÉ.
  known_hosts (%2) contient&#xa0;: %3
  le serveur propose maintenant&#xa0;: %4
Quelqu&apos;un intercepte peut-être la connexion, ou le centre a remplacé sa clé. Comparez avec l&apos;empreinte publiée par le centre&#xa0;; si le changement est attendu, supprimez l&apos;ancienne entrée avec&#xa0;: ssh-keygen -R &apos;%5&apos; -f &apos;%2&apos; puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>
%1 resolves to %2 addresses; if they are login nodes with different keys, pin one node as the profile&apos;s host.</source>
        <translation>
%1 correspond à %2 adresses&#xa0;; s&apos;il s&apos;agit de nœuds de connexion avec des clés différentes, fixez un seul nœud comme hôte du profil.</translation>
    </message>
    <message>
        <source>The server %1 offered a %2 host key, but known_hosts (%3) records only other key types for it: %4.
That is unusual: check the centre&apos;s published fingerprints; if the new key is right, remove the old entries with ssh-keygen -R &apos;%5&apos; -f &apos;%3&apos;.</source>
        <translation>Le serveur %1 a proposé une clé d&apos;hôte %2, mais known_hosts (%3) n&apos;enregistre pour lui que d&apos;autres types de clé&#xa0;: %4.
C&apos;est inhabituel&#xa0;: vérifiez les empreintes publiées par le centre&#xa0;; si la nouvelle clé est correcte, supprimez les anciennes entrées avec ssh-keygen -R &apos;%5&apos; -f &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not one of the fingerprints published for this cluster:
%3
The connection may be intercepted, or the list in the profile is out of date: check the centre&apos;s documentation before going on.</source>
        <translation>La clé d&apos;hôte de %1 (%2) ne fait pas partie des empreintes publiées pour ce cluster&#xa0;:
%3
La connexion est peut-être interceptée, ou la liste du profil n&apos;est plus à jour&#xa0;: consultez la documentation du centre avant de continuer.</translation>
    </message>
    <message>
        <source>the host key of %1 was refused</source>
        <translation>la clé d&apos;hôte de %1 a été refusée</translation>
    </message>
    <message>
        <source>%1 is a round-robin name: it leads to %2 login nodes (%3), each with its own host key. Fabbrica records each node&apos;s key under its address, so moving between nodes is not mistaken for a changed key. This node (%4) has not been seen before.</source>
        <translation>%1 est un nom à répartition de charge (round-robin)&#xa0;: il mène à %2 nœuds de connexion (%3), chacun avec sa propre clé d&apos;hôte. Fabbrica enregistre la clé de chaque nœud sous son adresse, afin que le passage d&apos;un nœud à l&apos;autre ne soit pas pris pour un changement de clé. Ce nœud (%4) n&apos;a encore jamais été vu.</translation>
    </message>
    <message>
        <source> known_hosts has a different key for the name itself, most likely another node&apos;s.</source>
        <translation> known_hosts contient une autre clé pour le nom lui-même, très probablement celle d&apos;un autre nœud.</translation>
    </message>
    <message>
        <source>This is the first connection to %1: its key is not in %2.</source>
        <translation>C&apos;est la première connexion à %1&#xa0;: sa clé ne figure pas dans %2.</translation>
    </message>
    <message>
        <source>cancelled while waiting for an answer about the host key of %1</source>
        <translation>annulé pendant l&apos;attente d&apos;une réponse concernant la clé d&apos;hôte de %1</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) was not accepted</source>
        <translation>la clé d&apos;hôte de %1 (%2) n&apos;a pas été acceptée</translation>
    </message>
    <message>
        <source>the host key was accepted but could not be saved: %1</source>
        <translation>la clé d&apos;hôte a été acceptée mais n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fab::remote::Ops</name>
    <message>
        <source>the server keeps refusing new channels: %1</source>
        <translation>le serveur refuse sans cesse les nouveaux canaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server refused to run the command: %1</source>
        <translation>le serveur a refusé d&apos;exécuter la commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s on %2 and was stopped</source>
        <translation>la commande ne s&apos;est pas terminée en %1 s sur %2 et a été arrêtée</translation>
    </message>
    <message>
        <source>the connection dropped while the command was running (%1); it may or may not have completed on the server</source>
        <translation>la connexion a été coupée pendant l&apos;exécution de la commande (%1)&#xa0;; elle s&apos;est peut-être terminée sur le serveur, ou pas</translation>
    </message>
    <message>
        <source>reading the command&apos;s output failed: %1</source>
        <translation>la lecture de la sortie de la commande a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed by a signal?)</source>
        <translation>la commande s&apos;est terminée sans code de sortie (tuée par un signal&#xa0;?)</translation>
    </message>
    <message>
        <source>following %1 ended: tail exited on the server</source>
        <translation>le suivi de %1 est terminé&#xa0;: tail s&apos;est arrêté sur le serveur</translation>
    </message>
    <message>
        <source>following %1 ended: %2</source>
        <translation>le suivi de %1 est terminé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SecretStore</name>
    <message>
        <source>no application object</source>
        <translation>aucun objet application</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>the keychain is turned off for this connection, secret not remembered</source>
        <translation>le trousseau est désactivé pour cette connexion, secret non mémorisé</translation>
    </message>
    <message>
        <source>no keychain available, secret not remembered</source>
        <translation>aucun trousseau disponible, secret non mémorisé</translation>
    </message>
    <message>
        <source>the keychain did not answer, secret not remembered</source>
        <translation>le trousseau n&apos;a pas répondu, secret non mémorisé</translation>
    </message>
    <message>
        <source>the keychain refused the secret (%1), secret not remembered</source>
        <translation>le trousseau a refusé le secret (%1), secret non mémorisé</translation>
    </message>
</context>
<context>
    <name>fab::remote::SessionSetup</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot reach %1 port %2 (%3)</source>
        <translation>impossible de joindre %1 sur le port %2 (%3)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>SSH handshake with %1 (%2) failed: %3</source>
        <translation>la négociation SSH avec %1 (%2) a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>the connection to %1 dropped during login: %2</source>
        <translation>la connexion à %1 a été coupée pendant l&apos;authentification&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SshConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>invalid remote path %1</source>
        <translation>chemin distant invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot expand the remote path %1: %2</source>
        <translation>impossible de développer le chemin distant %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SshWorker</name>
    <message>
        <source>Your SSH certificate %1 expires in %2; after that, a dropped link cannot be re-established. %3</source>
        <translation>Votre certificat SSH %1 expire dans %2&#xa0;; passé ce délai, une liaison coupée ne pourra pas être rétablie. %3</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>not connected to %1; open the connection first</source>
        <translation>non connecté à %1&#xa0;; ouvrez d&apos;abord la connexion</translation>
    </message>
    <message>
        <source>not connected to %1: %2</source>
        <translation>non connecté à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>jump host %1 of %2 (%3)</source>
        <translation>hôte de rebond %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>cannot create a socket pair</source>
        <translation>impossible de créer une paire de sockets</translation>
    </message>
    <message>
        <source>reconnecting to %1 (attempt %2)</source>
        <translation>reconnexion à %1 (tentative %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation>%1 — nouvelle tentative dans %2 s</translation>
    </message>
    <message>
        <source>connection lost (%1); reconnecting</source>
        <translation>connexion perdue (%1)&#xa0;; reconnexion</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>the SFTP subsystem did not start (%1)</source>
        <translation>le sous-système SFTP n&apos;a pas démarré (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>still not connected to %1 after %2 s: %3</source>
        <translation>toujours pas connecté à %1 après %2 s&#xa0;: %3</translation>
    </message>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation>aucune réponse du serveur depuis %1 s</translation>
    </message>
</context>
<context>
    <name>fab::remote::TerminalPrompter</name>
    <message>
        <source>The host key of %1 (%2, port %3)%4 is not known yet:
  %5 %6
</source>
        <translation>La clé d&apos;hôte de %1 (%2, port %3)%4 n&apos;est pas encore connue&#xa0;:
  %5 %6
</translation>
    </message>
    <message>
        <source>It matches a fingerprint published for this cluster.
</source>
        <translation>Elle correspond à une empreinte publiée pour ce cluster.
</translation>
    </message>
    <message>
        <source>Trusted because of --accept-new-host-key; saved in %1 as %2.
</source>
        <translation>Approuvée grâce à --accept-new-host-key&#xa0;; enregistrée dans %1 sous %2.
</translation>
    </message>
    <message>
        <source>Not trusted. Compare it with the fingerprint your centre publishes, then run again with --accept-new-host-key to save it in %1.
</source>
        <translation>Non approuvée. Comparez-la avec l&apos;empreinte publiée par votre centre, puis relancez avec --accept-new-host-key pour l&apos;enregistrer dans %1.
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>remarque&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>fab::remote::Transfer</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier inexistant</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <source>the server could not do it (disk full or quota exceeded?)</source>
        <translation>le serveur n&apos;a pas pu effectuer l&apos;opération (disque plein ou quota dépassé&#xa0;?)</translation>
    </message>
    <message>
        <source>SFTP is not available on %1: %2</source>
        <translation>SFTP n&apos;est pas disponible sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot list %1</source>
        <translation>impossible de lister %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>cannot continue %1 at byte %2</source>
        <translation>impossible de reprendre %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>l&apos;écriture de %1 a échoué</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>la lecture de %1 a échoué</translation>
    </message>
    <message>
        <source>cannot set the permissions of %1</source>
        <translation>impossible de définir les permissions de %1</translation>
    </message>
</context>
<context>
    <name>fab::shellQuote</name>
    <message>
        <source>the value contains a NUL character (byte %1), which a shell cannot pass on; remove it</source>
        <translation>la valeur contient un caractère NUL (octet %1), qu&apos;un shell ne peut pas transmettre&#xa0;; supprimez-le</translation>
    </message>
</context>
<context>
    <name>fab::train</name>
    <message>
        <source> (see fabbrica-train --help)</source>
        <translation> (voir fabbrica-train --help)</translation>
    </message>
    <message>
        <source>fabbrica-train: unexpected argument &quot;%1&quot; (options start with --)</source>
        <translation>fabbrica-train&#xa0;: argument inattendu &quot;%1&quot; (les options commencent par --)</translation>
    </message>
    <message>
        <source>fabbrica-train: cannot read %1: %2</source>
        <translation>fabbrica-train&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>fabbrica-train: %1 is not a JSON object</source>
        <translation>fabbrica-train&#xa0;: %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, got &quot;%2&quot;</source>
        <translation>--%1 attend un nombre entier, valeur reçue&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 expects a number, got &quot;%2&quot;</source>
        <translation>--%1 attend un nombre, valeur reçue&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--- sample at step %1 ---</source>
        <translation>--- échantillon à l&apos;étape %1 ---</translation>
    </message>
    <message>
        <source>
fabbrica-train: interrupted at step %1; continue with --resume --out %2</source>
        <translation>
fabbrica-train&#xa0;: interrompu à l&apos;étape %1&#xa0;; reprenez avec --resume --out %2</translation>
    </message>
    <message>
        <source>fabbrica-train: done; model, metrics and checkpoints in %1</source>
        <translation>fabbrica-train&#xa0;: terminé&#xa0;; modèle, métriques et checkpoints dans %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::AllocationsModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the scheduler</source>
        <translation>l&apos;ordonnanceur</translation>
    </message>
    <message>
        <source>%1 did not report how much this account was granted (no limit is set, or the tool does not print one).</source>
        <translation>%1 n&apos;a pas indiqué le montant attribué à ce compte (aucune limite n&apos;est définie, ou l&apos;outil n&apos;en affiche pas).</translation>
    </message>
    <message>
        <source>%1 did not report how much this account has used.</source>
        <translation>%1 n&apos;a pas indiqué la consommation de ce compte.</translation>
    </message>
    <message>
        <source>What is left is granted − used, and %1 did not report both.</source>
        <translation>Le restant est égal à attribué − consommé, et %1 n&apos;a pas indiqué les deux.</translation>
    </message>
    <message>
        <source>The share used needs both the granted and the used amount, and %1 did not report both.</source>
        <translation>La part consommée nécessite le montant attribué et le montant consommé, et %1 n&apos;a pas indiqué les deux.</translation>
    </message>
    <message>
        <source>%1 does not print the allocation period.</source>
        <translation>%1 n&apos;affiche pas la période d&apos;allocation.</translation>
    </message>
    <message>
        <source>Used as a share of what was granted</source>
        <translation>Consommation en proportion de l&apos;attribution</translation>
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
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 did not report this user&apos;s usage.</source>
        <translation>%1 n&apos;a pas indiqué la consommation de cet utilisateur.</translation>
    </message>
    <message>
        <source>This user&apos;s share of the account&apos;s use, as %1 printed it</source>
        <translation>Part de cet utilisateur dans la consommation du compte, telle qu&apos;affichée par %1</translation>
    </message>
    <message>
        <source>%1 % of use</source>
        <translation>%1&#xa0;% de la consommation</translation>
    </message>
    <message>
        <source>Project or account; expand it to see who used what</source>
        <translation>Projet ou compte&#xa0;; développez-le pour voir qui a consommé quoi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>Consommé %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>fab::widgets::AllocationsView</name>
    <message>
        <source>No budget to show</source>
        <translation>Aucun budget à afficher</translation>
    </message>
    <message>
        <source>Pick a cluster on the left to see its projects&apos; GPU- and CPU-hours: granted, used and left, and when the budget runs out at the current pace.</source>
        <translation>Choisissez un cluster à gauche pour voir les heures GPU et CPU de ses projets&#xa0;: attribuées, consommées et restantes, ainsi que la date d&apos;épuisement du budget au rythme actuel.</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Ask the cluster for its budgets and partitions now (sshare, sinfo and the site&apos;s budget tool)</source>
        <translation>Interroger maintenant le cluster sur ses budgets et ses partitions (sshare, sinfo et l&apos;outil de budget du site)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>The scheduler gave no answer about allocations.</source>
        <translation>L&apos;ordonnanceur n&apos;a donné aucune réponse sur les allocations.</translation>
    </message>
    <message>
        <source>The scheduler gave no answer about partitions.</source>
        <translation>L&apos;ordonnanceur n&apos;a donné aucune réponse sur les partitions.</translation>
    </message>
    <message>
        <source>The scheduler reported no allocations for this profile.</source>
        <translation>L&apos;ordonnanceur n&apos;a signalé aucune allocation pour ce profil.</translation>
    </message>
    <message>
        <source>the history could not be read</source>
        <translation>l&apos;historique n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>This reading could not be kept in the history (%1), so the chart may miss it.</source>
        <translation>Ce relevé n&apos;a pas pu être conservé dans l&apos;historique (%1)&#xa0;; il risque donc de manquer sur le graphique.</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Dernière mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Budgets and partitions of %1 refreshed</source>
        <translation>Budgets et partitions de %1 actualisés</translation>
    </message>
    <message>
        <source>Budgets and partitions of %1 refreshed, with problems: see the note above the table</source>
        <translation>Budgets et partitions de %1 actualisés, avec des problèmes&#xa0;: voir la note au-dessus du tableau</translation>
    </message>
    <message>
        <source>Select an account to see its use over time</source>
        <translation>Sélectionnez un compte pour voir sa consommation dans le temps</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ConnectionIndicator</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à l&apos;adresse %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Host key %1 %2</source>
        <translation>Clé d&apos;hôte %1 %2</translation>
    </message>
    <message>
        <source>Logged in by %1</source>
        <translation>Authentifié par %1</translation>
    </message>
    <message>
        <source>Certificate valid for %1 more</source>
        <translation>Certificat valide encore %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentDocument</name>
    <message>
        <source>Edit JSON text</source>
        <translation>Modifier le texte JSON</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentEditor</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The experiment could not be saved:
%1</source>
        <translation>L&apos;expérience n&apos;a pas pu être enregistrée&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 opened (written in an older format; it is upgraded when saved)</source>
        <translation>%1 ouvert (écrit dans un ancien format&#xa0;; il sera mis à niveau à l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1&#xa0;: %n problème trouvé</numerusform>
            <numerusform>%1&#xa0;: %n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nouvelle expérience depuis un gabarit…</translation>
    </message>
    <message>
        <source>Start a new experiment from a working example</source>
        <translation>Créer une nouvelle expérience à partir d&apos;un exemple fonctionnel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Experiment JSON</source>
        <translation>JSON de l&apos;expérience</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>Cliquez sur un problème pour aller à son champ</translation>
    </message>
    <message>
        <source>Open an experiment or start one from a template.</source>
        <translation>Ouvrez une expérience ou créez-en une à partir d&apos;un gabarit.</translation>
    </message>
    <message>
        <source>Job on %1</source>
        <translation>Job sur %1</translation>
    </message>
    <message>
        <source>Job (no cluster chosen)</source>
        <translation>Job (aucun cluster choisi)</translation>
    </message>
    <message>
        <source>Job on %1 (no such profile: no defaults)</source>
        <translation>Job sur %1 (profil inexistant&#xa0;: pas de valeurs par défaut)</translation>
    </message>
    <message>
        <source>The JSON text has an error; the batch script appears once it is fixed.</source>
        <translation>Le texte JSON contient une erreur&#xa0;; le script batch apparaîtra une fois celle-ci corrigée.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first: see the list under the form. The batch script appears once the experiment is valid.</source>
        <translation>
            <numerusform>%n problème à corriger d&apos;abord&#xa0;: voir la liste sous le formulaire. Le script batch apparaîtra une fois l&apos;expérience valide.</numerusform>
            <numerusform>%n problèmes à corriger d&apos;abord&#xa0;: voir la liste sous le formulaire. Le script batch apparaîtra une fois l&apos;expérience valide.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Problems (%1) — click one to go to it</source>
        <translation>Problèmes (%1) — cliquez sur l&apos;un d&apos;eux pour y aller</translation>
    </message>
    <message>
        <source>No experiment</source>
        <translation>Aucune expérience</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Ouvrir une expérience</translation>
    </message>
    <message>
        <source>Experiments (*.json);;All files (*)</source>
        <translation>Expériences (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>Enregistrer malgré les problèmes&#xa0;?</translation>
    </message>
    <message>
        <source>The JSON text is not valid (%1). It is saved exactly as written, and opens with the same error until it is fixed.</source>
        <translation>Le texte JSON n&apos;est pas valide (%1). Il est enregistré tel quel et s&apos;ouvrira avec la même erreur tant qu&apos;elle n&apos;aura pas été corrigée.</translation>
    </message>
    <message numerus="yes">
        <source>This experiment has %n problem(s). It can be saved, but not submitted until they are fixed.</source>
        <translation>
            <numerusform>Cette expérience a %n problème. Elle peut être enregistrée, mais pas soumise tant qu&apos;il n&apos;aura pas été corrigé.</numerusform>
            <numerusform>Cette expérience a %n problèmes. Elle peut être enregistrée, mais pas soumise tant qu&apos;ils n&apos;auront pas été corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Save experiment as</source>
        <translation>Enregistrer l&apos;expérience sous</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Expériences (*.json)</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>These files exist already in %1:

%2

Replace them with the template&apos;s?</source>
        <translation>Ces fichiers existent déjà dans %1&#xa0;:

%2

Les remplacer par ceux du gabarit&#xa0;?</translation>
    </message>
    <message>
        <source>Template not copied</source>
        <translation>Gabarit non copié</translation>
    </message>
    <message>
        <source>Created %1 from the template “%2”.</source>
        <translation>%1 créé à partir du gabarit «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Put your data into %1.</source>
        <translation>Placez vos données dans %1.</translation>
    </message>
    <message>
        <source>Add these files yourself: %1.</source>
        <translation>Ajoutez ces fichiers vous-même&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentForm</name>
    <message>
        <source>Experiment form</source>
        <translation>Formulaire d&apos;expérience</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). The form shows the last valid version and is read-only until the text is fixed.</source>
        <translation>Le texte JSON contient une erreur (%1). Le formulaire affiche la dernière version valide et reste en lecture seule tant que le texte n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). Fix it in the JSON pane to edit the form.</source>
        <translation>Le texte JSON contient une erreur (%1). Corrigez-la dans le volet JSON pour pouvoir modifier le formulaire.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>e.g. gpt2-lora-lr-sweep</source>
        <translation>par ex. gpt2-lora-lr-sweep</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The job&apos;s name in the queue and the name of its run folder: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;.</source>
        <translation>Le nom du job dans la file d&apos;attente et celui de son dossier d&apos;exécution&#xa0;: lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Exécuter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Where the experiment runs: This computer (a local process), or a cluster profile. Picking a cluster fills an empty account and partition with the profile&apos;s defaults.</source>
        <translation>Où l&apos;expérience s&apos;exécute&#xa0;: Cet ordinateur (un processus local) ou un profil de cluster. Choisir un cluster remplit le compte et la partition, s&apos;ils sont vides, avec les valeurs par défaut du profil.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (prédéfini)</translation>
    </message>
    <message>
        <source>%1 (no such profile)</source>
        <translation>%1 (profil inexistant)</translation>
    </message>
    <message>
        <source>Choose where to run</source>
        <translation>Choisir où exécuter</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>valeur par défaut du profil</translation>
    </message>
    <message>
        <source>The project whose budget pays for the job (--account), e.g. AIFAC_L13_018. Empty: the cluster profile&apos;s default.</source>
        <translation>Le projet dont le budget paie le job (--account), par ex. AIFAC_L13_018. Vide&#xa0;: la valeur par défaut du profil de cluster.</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partition&#xa0;:</translation>
    </message>
    <message>
        <source>The group of nodes the job runs on (--partition), e.g. a GPU partition such as boost_usr_prod. Empty: the profile&apos;s default.</source>
        <translation>Le groupe de nœuds sur lequel le job s&apos;exécute (--partition), par ex. une partition GPU comme boost_usr_prod. Vide&#xa0;: la valeur par défaut du profil.</translation>
    </message>
    <message>
        <source>QoS:</source>
        <translation>QoS&#xa0;:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Quality of service (--qos): a class of jobs with its own limits and priority, e.g. a short debug queue. Usually empty.</source>
        <translation>Qualité de service (--qos)&#xa0;: une classe de jobs avec ses propres limites et sa priorité, par ex. une file de debug courte. Généralement vide.</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nœuds&#xa0;:</translation>
    </message>
    <message>
        <source>How many machines (nodes) the job uses at once (--nodes). 1 unless the training script spreads over several nodes (torchrun, srun).</source>
        <translation>Le nombre de machines (nœuds) que le job utilise simultanément (--nodes). 1, sauf si le script d&apos;entraînement se répartit sur plusieurs nœuds (torchrun, srun).</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nœuds</translation>
    </message>
    <message>
        <source>GPUs per node:</source>
        <translation>GPU par nœud&#xa0;:</translation>
    </message>
    <message>
        <source>How many GPUs the job gets on each node (--gpus-per-node). 0 for a job without GPUs.</source>
        <translation>Le nombre de GPU attribués au job sur chaque nœud (--gpus-per-node). 0 pour un job sans GPU.</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU par nœud</translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation>CPU par tâche&#xa0;:</translation>
    </message>
    <message>
        <source>CPU cores for each task (--cpus-per-task): data loading and preprocessing run on these.</source>
        <translation>Cœurs CPU de chaque tâche (--cpus-per-task)&#xa0;: le chargement et le prétraitement des données s&apos;y exécutent.</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPU par tâche</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 120G</source>
        <translation>par ex. 120G</translation>
    </message>
    <message>
        <source>Memory per node (--mem), e.g. 120G or 512M; a number alone means megabytes. Empty: the partition&apos;s default share.</source>
        <translation>Mémoire par nœud (--mem), par ex. 120G ou 512M&#xa0;; un nombre seul s&apos;entend en mégaoctets. Vide&#xa0;: la part par défaut de la partition.</translation>
    </message>
    <message>
        <source>Wall time:</source>
        <translation>Durée limite&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 02:00:00</source>
        <translation>par ex. 02:00:00</translation>
    </message>
    <message>
        <source>The longest the job may run (--time): 02:00:00 is two hours, 1-12:00:00 a day and a half. Slurm stops the job when it runs out, and the budget is held for the whole time.</source>
        <translation>La durée maximale d&apos;exécution du job (--time)&#xa0;: 02:00:00 correspond à deux heures, 1-12:00:00 à un jour et demi. Slurm arrête le job quand elle est écoulée, et le budget est réservé pour toute cette durée.</translation>
    </message>
    <message>
        <source>Reservation:</source>
        <translation>Réservation&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Nodes the site has set aside for you (--reservation), e.g. for a course or a deadline. Usually empty.</source>
        <translation>Des nœuds que le site a mis de côté pour vous (--reservation), par ex. pour une formation ou une échéance. Généralement vide.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>e.g. profile/deeplrn cineca-ai</source>
        <translation>par ex. profile/deeplrn cineca-ai</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Modules&#xa0;:</translation>
    </message>
    <message>
        <source>Environment modules loaded before the command (module load …), separated by spaces.</source>
        <translation>Modules d&apos;environnement chargés avant la commande (module load …), séparés par des espaces.</translation>
    </message>
    <message>
        <source>Edit modules</source>
        <translation>Modifier les modules</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Conteneur&#xa0;:</translation>
    </message>
    <message>
        <source>An Apptainer/Singularity image (.sif) the command runs inside, e.g. $HOME/containers/pytorch.sif. Empty: no container.</source>
        <translation>Une image Apptainer/Singularity (.sif) dans laquelle la commande s&apos;exécute, par ex. $HOME/containers/pytorch.sif. Vide&#xa0;: pas de conteneur.</translation>
    </message>
    <message>
        <source>container</source>
        <translation>conteneur</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Ajouter une variable</translation>
    </message>
    <message>
        <source>Remove selected variable</source>
        <translation>Supprimer la variable sélectionnée</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variables&#xa0;:</translation>
    </message>
    <message>
        <source>Environment variables set before the command; $VARS in values are expanded by the shell.</source>
        <translation>Variables d&apos;environnement définies avant la commande&#xa0;; les $VARS dans les valeurs sont développées par le shell.</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>variables</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Fichiers à envoyer</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Add a file or folder</source>
        <translation>Ajouter un fichier ou un dossier</translation>
    </message>
    <message>
        <source>Remove selected file</source>
        <translation>Supprimer le fichier sélectionné</translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation>À envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>Files and folders (ending in /) next to the experiment file, copied into the run folder before the job starts. Paths are relative to the experiment&apos;s folder.</source>
        <translation>Fichiers et dossiers (terminés par /) situés à côté du fichier d&apos;expérience, copiés dans le dossier d&apos;exécution avant le démarrage du job. Les chemins sont relatifs au dossier de l&apos;expérience.</translation>
    </message>
    <message>
        <source>files to upload</source>
        <translation>fichiers à envoyer</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>e.g. python train.py --lr {lr}</source>
        <translation>par ex. python train.py --lr {lr}</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Exécuter&#xa0;:</translation>
    </message>
    <message>
        <source>The shell command of each task. {name} is replaced by the parameter or sweep value of that name; write {{ and }} for literal braces. ${VAR} is the shell&apos;s.</source>
        <translation>La commande shell de chaque tâche. {nom} est remplacé par la valeur du paramètre ou de l&apos;axe de balayage de ce nom&#xa0;; écrivez {{ et }} pour des accolades littérales. ${VAR} est une variable du shell.</translation>
    </message>
    <message>
        <source>Edit command</source>
        <translation>Modifier la commande</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Ajouter un paramètre</translation>
    </message>
    <message>
        <source>Remove selected parameter</source>
        <translation>Supprimer le paramètre sélectionné</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Values for the command&apos;s {placeholders}: numbers, true/false, or text (&quot;32&quot; in quotes stays text). A sweep axis of the same name replaces the value task by task.</source>
        <translation>Valeurs des {espaces réservés} de la commande&#xa0;: nombres, true/false ou texte (&quot;32&quot; entre guillemets reste du texte). Un axe de balayage du même nom remplace la valeur tâche par tâche.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>Off: one job</source>
        <translation>Désactivé&#xa0;: un seul job</translation>
    </message>
    <message>
        <source>Grid: every combination</source>
        <translation>Grille&#xa0;: toutes les combinaisons</translation>
    </message>
    <message>
        <source>Random: sample combinations</source>
        <translation>Aléatoire&#xa0;: combinaisons tirées au hasard</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>A sweep runs the command once per combination of the axes&apos; values, as one Slurm job array.</source>
        <translation>Un balayage exécute la commande une fois par combinaison des valeurs des axes, sous la forme d&apos;un seul tableau de jobs Slurm.</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Add axis</source>
        <translation>Ajouter un axe</translation>
    </message>
    <message>
        <source>Remove selected axis</source>
        <translation>Supprimer l&apos;axe sélectionné</translation>
    </message>
    <message>
        <source>Axes:</source>
        <translation>Axes&#xa0;:</translation>
    </message>
    <message>
        <source>Each axis is a parameter name and the values it takes, separated by commas.</source>
        <translation>Chaque axe est un nom de paramètre suivi des valeurs qu&apos;il prend, séparées par des virgules.</translation>
    </message>
    <message>
        <source>sweep axes</source>
        <translation>axes de balayage</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Tirages&#xa0;:</translation>
    </message>
    <message>
        <source>Random mode: how many distinct combinations to draw.</source>
        <translation>Mode aléatoire&#xa0;: nombre de combinaisons distinctes à tirer.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>tirages</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Random mode: the same seed draws the same combinations on every computer.</source>
        <translation>Mode aléatoire&#xa0;: la même graine tire les mêmes combinaisons sur tous les ordinateurs.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>At most at once:</source>
        <translation>Maximum simultané&#xa0;:</translation>
    </message>
    <message>
        <source>How many tasks of the array may run at the same time (Slurm&apos;s %K on --array), to leave room for others or spare the budget. 0: no limit.</source>
        <translation>Nombre de tâches du tableau pouvant s&apos;exécuter en même temps (le %K de Slurm sur --array), pour laisser de la place aux autres ou ménager le budget. 0&#xa0;: aucune limite.</translation>
    </message>
    <message>
        <source>tasks at once</source>
        <translation>tâches simultanées</translation>
    </message>
    <message>
        <source>Turn the sweep off</source>
        <translation>Désactiver le balayage</translation>
    </message>
    <message>
        <source>Change sweep mode</source>
        <translation>Changer le mode de balayage</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>The file the training script writes its metrics to, relative to the run folder. Fabbrica follows it while the job runs and draws the charts.</source>
        <translation>Le fichier dans lequel le script d&apos;entraînement écrit ses métriques, relatif au dossier d&apos;exécution. Fabbrica le suit pendant l&apos;exécution du job et trace les graphiques.</translation>
    </message>
    <message>
        <source>metrics file</source>
        <translation>fichier de métriques</translation>
    </message>
    <message>
        <source>Fabbrica JSONL (one JSON object per line)</source>
        <translation>JSONL Fabbrica (un objet JSON par ligne)</translation>
    </message>
    <message>
        <source>CSV with a header line</source>
        <translation>CSV avec une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Hugging Face Trainer log lines</source>
        <translation>Lignes de journal du Trainer Hugging Face</translation>
    </message>
    <message>
        <source>MLflow file store</source>
        <translation>Stockage de fichiers MLflow</translation>
    </message>
    <message>
        <source>TensorBoard event files</source>
        <translation>Fichiers d&apos;événements TensorBoard</translation>
    </message>
    <message>
        <source>Lines matched by a regular expression</source>
        <translation>Lignes reconnues par une expression régulière</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>How the metrics file is written.</source>
        <translation>La manière dont le fichier de métriques est écrit.</translation>
    </message>
    <message>
        <source>Change metrics format</source>
        <translation>Changer le format des métriques</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Format &quot;regex&quot;: a regular expression with a named group (?&lt;step&gt;…) and one per metric.</source>
        <translation>Format &quot;regex&quot;&#xa0;: une expression régulière avec un groupe nommé (?&lt;step&gt;…) et un groupe par métrique.</translation>
    </message>
    <message>
        <source>metrics pattern</source>
        <translation>motif des métriques</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentScriptPane</name>
    <message>
        <source>One job</source>
        <translation>Un seul job</translation>
    </message>
    <message>
        <source>%1 tasks as one job array</source>
        <translation>%1 tâches en un seul tableau de jobs</translation>
    </message>
    <message>
        <source>%1 tasks as one job array (split into %2 arrays: MaxArraySize %3)</source>
        <translation>%1 tâches en un seul tableau de jobs (découpé en %2 tableaux&#xa0;: MaxArraySize %3)</translation>
    </message>
    <message>
        <source>Batch script</source>
        <translation>Script batch</translation>
    </message>
    <message>
        <source>Parameter table</source>
        <translation>Table des paramètres</translation>
    </message>
    <message>
        <source>Rendering %1 tasks…</source>
        <translation>Génération de %1 tâches…</translation>
    </message>
    <message>
        <source>No batch script yet</source>
        <translation>Pas encore de script batch</translation>
    </message>
    <message>
        <source>The batch script cannot be written yet</source>
        <translation>Le script batch ne peut pas encore être écrit</translation>
    </message>
    <message>
        <source>Cost at most: %1</source>
        <translation>Coût maximal&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
The whole wall time is held from the budget until the job ends.</source>
        <translation>%1
Toute la durée limite est retenue sur le budget jusqu&apos;à la fin du job.</translation>
    </message>
    <message>
        <source># %1 of %2 scripts; the others differ only in their task range.
</source>
        <translation># script %1 sur %2&#xa0;; les autres ne diffèrent que par leur plage de tâches.
</translation>
    </message>
    <message>
        <source>No sweep: one job with these parameter values.</source>
        <translation>Pas de balayage&#xa0;: un seul job avec ces valeurs de paramètres.</translation>
    </message>
    <message>
        <source>%1. Showing the first %2 tasks; the row number is $SLURM_ARRAY_TASK_ID.</source>
        <translation>%1. Affichage des %2 premières tâches&#xa0;; le numéro de ligne est $SLURM_ARRAY_TASK_ID.</translation>
    </message>
    <message>
        <source>%1. The row number is $SLURM_ARRAY_TASK_ID.</source>
        <translation>%1. Le numéro de ligne est $SLURM_ARRAY_TASK_ID.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentsView</name>
    <message>
        <source>No experiment open</source>
        <translation>Aucune expérience ouverte</translation>
    </message>
    <message>
        <source>Open experiment…</source>
        <translation>Ouvrir une expérience…</translation>
    </message>
    <message>
        <source>An experiment describes one training job: the resources it needs, the command it runs and the hyperparameters to sweep. Open an experiment file (.json), or start from a template, to edit it and see its batch script.</source>
        <translation>Une expérience décrit un job d&apos;entraînement&#xa0;: les ressources nécessaires, la commande exécutée et les hyperparamètres à balayer. Ouvrez un fichier d&apos;expérience (.json), ou partez d&apos;un gabarit, pour la modifier et voir son script batch.</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nouvelle expérience depuis un gabarit…</translation>
    </message>
</context>
<context>
    <name>fab::widgets::FirstRunGuide</name>
    <message>
        <source>Welcome to Fabbrica</source>
        <translation>Bienvenue dans Fabbrica</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Fabbrica&lt;/h2&gt;&lt;p&gt;Train on your own computer first, then scale the same experiment up on Europe&apos;s supercomputers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Fabbrica&lt;/h2&gt;&lt;p&gt;Entraînez d&apos;abord sur votre propre ordinateur, puis passez la même expérience à l&apos;échelle sur les supercalculateurs européens.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try it on this computer</source>
        <translation>Essayer sur cet ordinateur</translation>
    </message>
    <message>
        <source>Runs a small sample training right here: no account, no network. Its loss curve appears within seconds.</source>
        <translation>Lance ici même un petit entraînement d&apos;exemple&#xa0;: aucun compte, aucun réseau. Sa courbe de perte apparaît en quelques secondes.</translation>
    </message>
    <message>
        <source>Connect to a supercomputer</source>
        <translation>Se connecter à un supercalculateur</translation>
    </message>
    <message>
        <source>Pick your centre (LUMI, Leonardo, MareNostrum 5, …), enter your user name and key or import them from ~/.ssh/config, and test the connection.</source>
        <translation>Choisissez votre centre (LUMI, Leonardo, MareNostrum 5, …), saisissez votre nom d&apos;utilisateur et votre clé ou importez-les depuis ~/.ssh/config, puis testez la connexion.</translation>
    </message>
    <message>
        <source>Open a workshop bundle</source>
        <translation>Ouvrir un paquet d&apos;atelier</translation>
    </message>
    <message>
        <source>Your teacher gave you a .fabbrica file: it brings the cluster, the experiments and the data of the course.</source>
        <translation>Votre formateur vous a donné un fichier .fabbrica&#xa0;: il apporte le cluster, les expériences et les données du cours.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which supercomputer?&lt;/h3&gt;&lt;p&gt;Fabbrica knows the login hosts, partitions and budget tools of these centres. You add your user name and key next.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quel supercalculateur&#xa0;?&lt;/h3&gt;&lt;p&gt;Fabbrica connaît les hôtes de connexion, les partitions et les outils de budget de ces centres. Vous ajouterez ensuite votre nom d&apos;utilisateur et votre clé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Supercomputer centre</source>
        <translation>Centre de calcul</translation>
    </message>
    <message>
        <source>Another cluster (enter its host yourself)</source>
        <translation>Un autre cluster (saisissez vous-même son hôte)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Help ▸ Getting started opens this guide again.</source>
        <translation>Aide ▸ Premiers pas rouvre ce guide.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::GlossaryDialog</name>
    <message>
        <source>Account (project)</source>
        <translation>Compte (projet)</translation>
    </message>
    <message>
        <source>The project your hours are charged to, e.g. EUHPC_D12_345. Your centre gives it with the allocation; every job names one.</source>
        <translation>Le projet sur lequel vos heures sont imputées, par ex. EUHPC_D12_345. Votre centre vous le communique avec l&apos;allocation&#xa0;; chaque job en indique un.</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>The budget a project was granted on a machine, in GPU-hours, core-hours or node-hours, for a period. The Allocations tab shows what is used and what is left.</source>
        <translation>Le budget attribué à un projet sur une machine, en heures GPU, heures-cœur ou heures-nœud, pour une période. L&apos;onglet Allocations montre ce qui est consommé et ce qui reste.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>A group of the machine&apos;s nodes with its own limits, e.g. a GPU partition and a CPU partition, or a short debug one. You pick it per job.</source>
        <translation>Un groupe de nœuds de la machine avec ses propres limites, par ex. une partition GPU et une partition CPU, ou une courte partition de débogage. Vous la choisissez pour chaque job.</translation>
    </message>
    <message>
        <source>QoS (quality of service)</source>
        <translation>QoS (qualité de service)</translation>
    </message>
    <message>
        <source>A set of limits and priority on top of the partition: how long, how many nodes, how many jobs at once. Most jobs use the default.</source>
        <translation>Un ensemble de limites et de priorités qui s&apos;ajoute à la partition&#xa0;: combien de temps, combien de nœuds, combien de jobs à la fois. La plupart des jobs utilisent celle par défaut.</translation>
    </message>
    <message>
        <source>GRES</source>
        <translation>GRES</translation>
    </message>
    <message>
        <source>&quot;Generic resources&quot;: what Slurm calls GPUs and other devices a job asks for, e.g. gpu:4 for four GPUs per node.</source>
        <translation>&quot;Generic resources&quot; (ressources génériques)&#xa0;: le nom que Slurm donne aux GPU et autres périphériques demandés par un job, par ex. gpu:4 pour quatre GPU par nœud.</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Durée limite</translation>
    </message>
    <message>
        <source>The longest a job may run, by the clock on the wall (e.g. 02:00:00). Slurm stops the job when it is reached; a shorter limit often starts sooner.</source>
        <translation>La durée maximale pendant laquelle un job peut s&apos;exécuter, en temps réel (par ex. 02:00:00). Slurm arrête le job quand elle est atteinte&#xa0;; une limite plus courte permet souvent de démarrer plus tôt.</translation>
    </message>
    <message>
        <source>Job array</source>
        <translation>Tableau de jobs</translation>
    </message>
    <message>
        <source>One submission that runs many similar tasks, e.g. one per learning rate of a sweep. Each task has its own number and log; the queue treats them as one job.</source>
        <translation>Une seule soumission qui exécute de nombreuses tâches similaires, par ex. une par taux d&apos;apprentissage d&apos;un balayage. Chaque tâche a son propre numéro et son propre journal&#xa0;; la file d&apos;attente les traite comme un seul job.</translation>
    </message>
    <message>
        <source>Node hour</source>
        <translation>Heure-nœud</translation>
    </message>
    <message>
        <source>One whole node used for one hour. Centres that charge whole nodes count these; others count GPU-hours (one GPU for one hour) or core-hours.</source>
        <translation>Un nœud entier utilisé pendant une heure. Les centres qui facturent des nœuds entiers comptent ces heures&#xa0;; d&apos;autres comptent des heures GPU (un GPU pendant une heure) ou des heures-cœur.</translation>
    </message>
    <message>
        <source>GPU-hour</source>
        <translation>Heure GPU</translation>
    </message>
    <message>
        <source>One GPU used for one hour: 4 GPUs for 2 hours are 8 GPU-hours, charged whether or not the GPUs were busy.</source>
        <translation>Un GPU utilisé pendant une heure&#xa0;: 4 GPU pendant 2 heures font 8 heures GPU, imputées que les GPU aient été occupés ou non.</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Nodes the centre sets aside for a group at a given time, e.g. a workshop. Jobs that name it start on those nodes without waiting in the general queue.</source>
        <translation>Des nœuds que le centre met de côté pour un groupe à un moment donné, par ex. un atelier. Les jobs qui l&apos;indiquent démarrent sur ces nœuds sans attendre dans la file d&apos;attente générale.</translation>
    </message>
    <message>
        <source>Pending reason</source>
        <translation>Raison d&apos;attente</translation>
    </message>
    <message>
        <source>Slurm&apos;s word for why a job waits (Priority, Resources, QOSMaxJobsPerUserLimit, …). The Jobs tab shows each in a sentence with what you can do.</source>
        <translation>Le terme de Slurm pour expliquer pourquoi un job attend (Priority, Resources, QOSMaxJobsPerUserLimit, …). L&apos;onglet Jobs explique chacune en une phrase, avec ce que vous pouvez faire.</translation>
    </message>
    <message>
        <source>Login node</source>
        <translation>Nœud de connexion</translation>
    </message>
    <message>
        <source>The machine you reach over SSH. It is shared: prepare and submit there, but never run training on it.</source>
        <translation>La machine que vous atteignez par SSH. Elle est partagée&#xa0;: préparez et soumettez-y vos jobs, mais n&apos;y lancez jamais d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Glossary of HPC terms</source>
        <translation>Glossaire des termes HPC</translation>
    </message>
</context>
<context>
    <name>fab::widgets::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d&apos;hôte inconnue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation>Est-ce bien %1&#xa0;?</translation>
    </message>
    <message>
        <source>This is the first time Fabbrica connects to %1 (address %2, port %3). The server proves who it is with this key:</source>
        <translation>C&apos;est la première fois que Fabbrica se connecte à %1 (adresse %2, port %3). Le serveur prouve son identité avec cette clé&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;&amp;#10004; It matches a fingerprint published for this cluster (from the profile).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;&amp;#10004; Elle correspond à une empreinte publiée pour ce cluster (d&apos;après le profil).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your centre publishes (in its documentation or its welcome e-mail). If they differ, do not connect: someone may be intercepting the connection.</source>
        <translation>Comparez-la avec l&apos;empreinte publiée par votre centre (dans sa documentation ou son e-mail de bienvenue). Si elles diffèrent, ne vous connectez pas&#xa0;: quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>If you trust it, it is saved in %1 as %2 and not asked again. A later change of this key will be refused.</source>
        <translation>Si vous lui faites confiance, elle est enregistrée dans %1 sous %2 et ne sera plus demandée. Un changement ultérieur de cette clé sera refusé.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsModel</name>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>%1 (signal %2)</source>
        <translation>%1 (signal %2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why it waits / ended</source>
        <translation>Raison de l&apos;attente / de la fin</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Slurm says: %1</source>
        <translation>Slurm indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Slurm says: %1
%2</source>
        <translation>Slurm indique&#xa0;: %1
%2</translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsView</name>
    <message>
        <source>No jobs yet</source>
        <translation>Aucun job pour l&apos;instant</translation>
    </message>
    <message>
        <source>Jobs you submit from the Experiments tab appear here with their state, wait reason, elapsed time and logs. Start by opening an experiment.</source>
        <translation>Les jobs que vous soumettez depuis l&apos;onglet Expériences apparaissent ici avec leur état, leur raison d&apos;attente, leur temps écoulé et leurs journaux. Commencez par ouvrir une expérience.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Interrogation périodique</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annuler le job</translation>
    </message>
    <message>
        <source>Stops the selected job (or every task of an array), as scancel does</source>
        <translation>Arrête le job sélectionné (ou toutes les tâches d&apos;un tableau), comme le fait scancel</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Output (stdout)</source>
        <translation>Sortie (stdout)</translation>
    </message>
    <message>
        <source>Errors (stderr)</source>
        <translation>Erreurs (stderr)</translation>
    </message>
    <message>
        <source>Select a job to follow its log.</source>
        <translation>Sélectionnez un job pour suivre son journal.</translation>
    </message>
    <message>
        <source>Job log</source>
        <translation>Journal du job</translation>
    </message>
    <message>
        <source>nothing left to check</source>
        <translation>plus rien à vérifier</translation>
    </message>
    <message>
        <source>next check in %1 s</source>
        <translation>prochaine vérification dans %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</source>
        <translation>
            <numerusform>%n job affiché, %1 encore en cours ou en attente · %2 · %3 requêtes à l&apos;ordonnanceur au cours de la dernière minute</numerusform>
            <numerusform>%n jobs affichés, %1 encore en cours ou en attente · %2 · %3 requêtes à l&apos;ordonnanceur au cours de la dernière minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel job %1? Its work so far stays in the run folder.</source>
        <translation>Annuler le job %1&#xa0;? Le travail déjà effectué reste dans le dossier d&apos;exécution.</translation>
    </message>
    <message>
        <source>Job %1 cancelled</source>
        <translation>Job %1 annulé</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>Impossible d&apos;annuler %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Remettre en file</translation>
    </message>
    <message>
        <source>Puts the selected finished or failed job back in the queue, as scontrol requeue does</source>
        <translation>Remet en file d&apos;attente le job terminé ou en échec sélectionné, comme le fait scontrol requeue</translation>
    </message>
    <message>
        <source>Job %1 is queued again</source>
        <translation>Le job %1 est de nouveau en file d&apos;attente</translation>
    </message>
    <message>
        <source>Could not requeue %1: %2</source>
        <translation>Impossible de remettre %1 en file d&apos;attente&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fab::widgets::KeyValueModel</name>
    <message>
        <source>Values separated by commas, e.g. 1e-4, 3e-4, 1e-3. Put text with a comma in &quot;quotes&quot;.</source>
        <translation>Valeurs séparées par des virgules, par ex. 1e-4, 3e-4, 1e-3. Mettez un texte contenant une virgule entre &quot;guillemets&quot;.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunChart</name>
    <message>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>evaluation loss</source>
        <translation>perte d&apos;évaluation</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Graphique de la perte</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunForm</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>New toy model</source>
        <translation>Nouveau modèle jouet</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Depuis un fichier</translation>
    </message>
    <message>
        <source>A small GPT-2 trained from scratch with a byte tokenizer: quick to try on any computer</source>
        <translation>Un petit GPT-2 entraîné de zéro avec un tokenizer par octets&#xa0;: rapide à essayer sur n&apos;importe quel ordinateur</translation>
    </message>
    <message>
        <source>A GPT-2 model.safetensors (Hugging Face layout) or its folder, fine-tuned</source>
        <translation>Un model.safetensors GPT-2 (format Hugging Face) ou son dossier, à fine-tuner</translation>
    </message>
    <message>
        <source>Layers, heads</source>
        <translation>Couches, têtes</translation>
    </message>
    <message>
        <source>Width, context</source>
        <translation>Largeur, contexte</translation>
    </message>
    <message>
        <source>model.safetensors or its folder</source>
        <translation>model.safetensors ou son dossier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>a .txt or .jsonl file</source>
        <translation>un fichier .txt ou .jsonl</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
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
        <translation>Format, part de validation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Full fine-tune</source>
        <translation>Fine-tuning complet</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>Rank, alpha</source>
        <translation>Rang, alpha</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Steps, batch, sequence</source>
        <translation>Étapes, batch, séquence</translation>
    </message>
    <message>
        <source>Learning rate, warm-up</source>
        <translation>Taux d&apos;apprentissage, warm-up</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Evaluate, sample every</source>
        <translation>Évaluer, échantillonner toutes les</translation>
    </message>
    <message>
        <source>sample prompt (empty: start from nothing)</source>
        <translation>prompt d&apos;échantillon (vide&#xa0;: partir de rien)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation>Automatique (GPU s&apos;il y en a un)</translation>
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
        <translation>tous les cœurs</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Exécuter sur</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <source>Choose a dataset: a plain-text (.txt) or JSONL (.jsonl) file.</source>
        <translation>Choisissez un jeu de données&#xa0;: un fichier texte brut (.txt) ou JSONL (.jsonl).</translation>
    </message>
    <message>
        <source>The dataset %1 does not exist.</source>
        <translation>Le jeu de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The dataset %1 is not a readable file.</source>
        <translation>Le jeu de données %1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Choose the model to fine-tune: a GPT-2 model.safetensors or its folder.</source>
        <translation>Choisissez le modèle à fine-tuner&#xa0;: un model.safetensors GPT-2 ou son dossier.</translation>
    </message>
    <message>
        <source>The model %1 does not exist.</source>
        <translation>Le modèle %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a .safetensors file or a model folder.</source>
        <translation>%1 n&apos;est ni un fichier .safetensors ni un dossier de modèle.</translation>
    </message>
    <message>
        <source>The width (%1) must be a multiple of the number of heads (%2): try %3.</source>
        <translation>La largeur (%1) doit être un multiple du nombre de têtes (%2)&#xa0;: essayez %3.</translation>
    </message>
    <message>
        <source>The sequence length (%1) is longer than the model&apos;s context (%2): lower it or raise the context.</source>
        <translation>La longueur de séquence (%1) dépasse le contexte du modèle (%2)&#xa0;: réduisez-la ou augmentez le contexte.</translation>
    </message>
    <message>
        <source>LoRA needs at least one target layer (c_attn, c_proj or c_fc).</source>
        <translation>LoRA nécessite au moins une couche cible (c_attn, c_proj ou c_fc).</translation>
    </message>
    <message>
        <source>Give a seed (a whole number): the same seed trains the same model.</source>
        <translation>Indiquez une graine (un nombre entier)&#xa0;: la même graine entraîne le même modèle.</translation>
    </message>
    <message>
        <source>Cannot start: %1.</source>
        <translation>Impossible de démarrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>Choisir un jeu de données</translation>
    </message>
    <message>
        <source>Text or JSONL (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>Texte ou JSONL (*.txt *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a GPT-2 model</source>
        <translation>Choisir un modèle GPT-2</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors);;All files (*)</source>
        <translation>safetensors (*.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Têtes d&apos;attention</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur de contexte</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>Fichier de poids</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>Fichier du jeu de données</translation>
    </message>
    <message>
        <source>Dataset format</source>
        <translation>Format du jeu de données</translation>
    </message>
    <message>
        <source>Held-out fraction</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rang LoRA</translation>
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
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de batch</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Longueur de séquence</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Warm-up steps</source>
        <translation>Étapes de warm-up</translation>
    </message>
    <message>
        <source>Evaluate every N steps</source>
        <translation>Évaluer toutes les N étapes</translation>
    </message>
    <message>
        <source>Sample every N steps</source>
        <translation>Échantillonner toutes les N étapes</translation>
    </message>
    <message>
        <source>Sample prompt</source>
        <translation>Prompt d&apos;échantillon</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunsView</name>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped, can continue</source>
        <translation>arrêtée, peut reprendre</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>, loss %1</source>
        <translation>, perte %1</translation>
    </message>
    <message>
        <source>%1
%2 / %3 steps%4 · %5</source>
        <translation>%1
%2 / %3 étapes%4 · %5</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Scale &amp;up…</source>
        <translation>Passer à l&apos;é&amp;chelle…</translation>
    </message>
    <message>
        <source>Start a new run with these settings, in a new folder</source>
        <translation>Démarrer une nouvelle exécution avec ces réglages, dans un nouveau dossier</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept, so the run can continue later</source>
        <translation>S&apos;arrêter après l&apos;étape en cours&#xa0;; un checkpoint est conservé, l&apos;exécution pourra donc reprendre plus tard</translation>
    </message>
    <message>
        <source>Turn this run into a cluster experiment with the same hyperparameters</source>
        <translation>Transformer cette exécution en expérience sur cluster avec les mêmes hyperparamètres</translation>
    </message>
    <message>
        <source>No run yet: choose the settings on the left and press Start.</source>
        <translation>Aucune exécution pour l&apos;instant&#xa0;: choisissez les réglages à gauche et cliquez sur Démarrer.</translation>
    </message>
    <message>
        <source>Try it on this computer first</source>
        <translation>Essayez d&apos;abord sur cet ordinateur</translation>
    </message>
    <message>
        <source>Fine-tune a small language model on your own machine before spending cluster hours: choose a model and a dataset on the left (the sample dataset is ready) and press Start. A finished run becomes a cluster experiment with Scale up…</source>
        <translation>Faites le fine-tuning d&apos;un petit modèle de langage sur votre propre machine avant de dépenser des heures de cluster&#xa0;: choisissez un modèle et un jeu de données à gauche (le jeu de données d&apos;exemple est prêt) et cliquez sur Démarrer. Une exécution terminée devient une expérience sur cluster avec Passer à l&apos;échelle…</translation>
    </message>
    <message>
        <source>Text the model writes appears here every few steps (Evaluate, sample every).</source>
        <translation>Le texte écrit par le modèle apparaît ici toutes les quelques étapes (Évaluer, échantillonner toutes les).</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Previous runs</source>
        <translation>Exécutions précédentes</translation>
    </message>
    <message>
        <source>Previous local runs</source>
        <translation>Exécutions locales précédentes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Contin&amp;uer</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint</source>
        <translation>Continuer l&apos;exécution sélectionnée depuis son dernier checkpoint</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>— step %1 —</source>
        <translation>— étape %1 —</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(rien pour l&apos;instant)</translation>
    </message>
    <message>
        <source>This folder is not a local run (no readable train_config.json).</source>
        <translation>Ce dossier n&apos;est pas une exécution locale (pas de train_config.json lisible).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps</source>
        <translation>%1&#xa0;: %2 étapes sur %3</translation>
    </message>
    <message>
        <source>Device: looking for a GPU…</source>
        <translation>Périphérique&#xa0;: recherche d&apos;un GPU…</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Périphérique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Device: no usable GPU (%1)</source>
        <translation>Périphérique&#xa0;: aucun GPU utilisable (%1)</translation>
    </message>
    <message>
        <source>Device: %1 (no GPU: %2)</source>
        <translation>Périphérique&#xa0;: %1 (pas de GPU&#xa0;: %2)</translation>
    </message>
    <message>
        <source>No NVIDIA GPU can be used here (%1). Choose CPU or Automatic.</source>
        <translation>Aucun GPU NVIDIA n&apos;est utilisable ici (%1). Choisissez CPU ou Automatique.</translation>
    </message>
    <message>
        <source>Continuing %1…</source>
        <translation>Reprise de %1…</translation>
    </message>
    <message>
        <source>Preparing data and model…</source>
        <translation>Préparation des données et du modèle…</translation>
    </message>
    <message>
        <source>A run is still finishing; try again in a moment.</source>
        <translation>Une exécution est encore en cours de finalisation&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>local %1</source>
        <translation>exécution locale %1</translation>
    </message>
    <message>
        <source>Paused at step %1: Resume continues, Cancel stops and keeps a checkpoint.</source>
        <translation>En pause à l&apos;étape %1&#xa0;: Reprendre continue, Annuler arrête et conserve un checkpoint.</translation>
    </message>
    <message>
        <source>Stopping after the current step and writing a checkpoint…</source>
        <translation>Arrêt après l&apos;étape en cours et écriture d&apos;un checkpoint…</translation>
    </message>
    <message>
        <source> · eval loss %1</source>
        <translation> · perte d&apos;évaluation %1</translation>
    </message>
    <message>
        <source>Step %1 / %2 · loss %3%4 · %5 tokens/s · ETA %6</source>
        <translation>Étape %1 / %2 · perte %3%4 · %5 tokens/s · temps restant %6</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L&apos;exécution s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped with an error at step %1.</source>
        <translation>Arrêtée sur une erreur à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Cancelled at step %1. Select it under Previous runs and press Continue to go on.</source>
        <translation>Annulée à l&apos;étape %1. Sélectionnez-la sous Exécutions précédentes et cliquez sur Continuer pour la reprendre.</translation>
    </message>
    <message>
        <source>Finished %1 steps. The model is in %2; Scale up… makes a cluster experiment of it.</source>
        <translation>%1 étapes terminées. Le modèle se trouve dans %2&#xa0;; Passer à l&apos;échelle… en fait une expérience sur cluster.</translation>
    </message>
    <message>
        <source>Text the model writes</source>
        <translation>Texte écrit par le modèle</translation>
    </message>
</context>
<context>
    <name>fab::widgets::MetricsView</name>
    <message>
        <source>No metrics to show</source>
        <translation>Aucune métrique à afficher</translation>
    </message>
    <message>
        <source>While a job runs, its training metrics (loss, learning rate, …) stream here as live charts, read from the metrics file the job writes. Submit an experiment to see its curves.</source>
        <translation>Pendant l&apos;exécution d&apos;un job, ses métriques d&apos;entraînement (perte, taux d&apos;apprentissage, …) s&apos;affichent ici en direct sous forme de graphiques, lues depuis le fichier de métriques écrit par le job. Soumettez une expérience pour voir ses courbes.</translation>
    </message>
    <message>
        <source>Cannot read metrics of %1: %2</source>
        <translation>Impossible de lire les métriques de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 points</source>
        <translation>
            <numerusform>%n exécution, %1 points</numerusform>
            <numerusform>%n exécutions, %1 points</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Smoothing</source>
        <translation>&amp;Lissage</translation>
    </message>
    <message>
        <source>Exponential moving average of each curve; the raw values stay drawn faintly behind it.</source>
        <translation>Moyenne mobile exponentielle de chaque courbe&#xa0;; les valeurs brutes restent tracées en transparence derrière elle.</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Échelle l&amp;ogarithmique</translation>
    </message>
    <message>
        <source>Logarithmic y axis; values ≤ 0 are left out while it is on.</source>
        <translation>Axe des y logarithmique&#xa0;; les valeurs ≤ 0 sont omises tant qu&apos;il est activé.</translation>
    </message>
    <message>
        <source>&amp;X axis</source>
        <translation>Axe des &amp;x</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation>Temps depuis le début</translation>
    </message>
    <message>
        <source>&amp;Follow new points</source>
        <translation>&amp;Suivre les nouveaux points</translation>
    </message>
    <message>
        <source>A zoomed chart slides along as the job writes new points.</source>
        <translation>Un graphique zoomé se décale à mesure que le job écrit de nouveaux points.</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show every point of every chart again.</source>
        <translation>Afficher de nouveau tous les points de tous les graphiques.</translation>
    </message>
    <message>
        <source>Metrics of %1: %2</source>
        <translation>Métriques de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: loading stored points</source>
        <translation>%1&#xa0;: chargement des points stockés</translation>
    </message>
    <message>
        <source>%1: connection lost, resumes where it stopped</source>
        <translation>%1&#xa0;: connexion perdue, reprendra là où le suivi s&apos;est arrêté</translation>
    </message>
    <message>
        <source>%1: job ended, reading the last points</source>
        <translation>%1&#xa0;: job terminé, lecture des derniers points</translation>
    </message>
    <message>
        <source>%1: stopped (%2)</source>
        <translation>%1&#xa0;: arrêté (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) that are not metrics were skipped</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne qui n&apos;est pas une métrique a été ignorée</numerusform>
            <numerusform>%1&#xa0;: %n lignes qui ne sont pas des métriques ont été ignorées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::widgets::PartitionsModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>%1 of %2 idle</source>
        <translation>%1 libres sur %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Slurm did not report this for the partition (sinfo&apos;s node view has no time limits, scontrol&apos;s partition view no GPUs).</source>
        <translation>Slurm n&apos;a pas indiqué cette valeur pour la partition (la vue des nœuds de sinfo ne donne pas de limites de temps, la vue des partitions de scontrol pas de GPU).</translation>
    </message>
    <message>
        <source>GPUs not in use on nodes that can take jobs (down and drained nodes count none)</source>
        <translation>GPU inutilisés sur les nœuds pouvant accepter des jobs (les nœuds hors service ou drainés ne comptent pas)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU par nœud</translation>
    </message>
    <message>
        <source>Free GPUs</source>
        <translation>GPU libres</translation>
    </message>
    <message>
        <source>Default time</source>
        <translation>Durée par défaut</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite de temps</translation>
    </message>
</context>
<context>
    <name>fab::widgets::PlaceholderHighlighter</name>
    <message>
        <source>Not a parameter or sweep axis</source>
        <translation>Ni un paramètre ni un axe de balayage</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ProfileEditorDialog</name>
    <message>
        <source>New cluster profile</source>
        <translation>Nouveau profil de cluster</translation>
    </message>
    <message>
        <source>Edit cluster profile</source>
        <translation>Modifier le profil de cluster</translation>
    </message>
    <message>
        <source>Import from ~/.ssh/config:</source>
        <translation>Importer depuis ~/.ssh/config&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
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
        <translation>login.leonardo.cineca.it, ou un alias Host de ~/.ssh/config</translation>
    </message>
    <message>
        <source>your user name on the cluster</source>
        <translation>votre nom d&apos;utilisateur sur le cluster</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Your private key. Empty: the keys in ssh-agent, then ~/.ssh/id_ed25519, id_ecdsa and id_rsa. A certificate next to it (KEY-cert.pub) is used automatically.</source>
        <translation>Votre clé privée. Vide&#xa0;: les clés de ssh-agent, puis ~/.ssh/id_ed25519, id_ecdsa et id_rsa. Un certificat situé à côté (KEY-cert.pub) est utilisé automatiquement.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Choisir un fichier de clé privée</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>aucun (direct)</translation>
    </message>
    <message>
        <source>Jump hosts as OpenSSH writes them: user@bastion:port, several separated by commas.</source>
        <translation>Hôtes de rebond au format OpenSSH&#xa0;: user@bastion:port, plusieurs séparés par des virgules.</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation>Hôtes de &amp;rebond&#xa0;:</translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation>Fichier des hôtes connu&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>$WORK/fabbrica</source>
        <translation>$WORK/fabbrica</translation>
    </message>
    <message>
        <source>saldo, lumi-allocations, it4ifree, … (optional)</source>
        <translation>saldo, lumi-allocations, it4ifree, … (facultatif)</translation>
    </message>
    <message>
        <source>e.g. AIFAC_L00_000</source>
        <translation>par ex. AIFAC_L00_000</translation>
    </message>
    <message>
        <source>e.g. boost_usr_prod</source>
        <translation>par ex. boost_usr_prod</translation>
    </message>
    <message>
        <source>e.g. normal</source>
        <translation>par ex. normal</translation>
    </message>
    <message>
        <source>&amp;Work folder:</source>
        <translation>&amp;Dossier de travail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Budget tool:</source>
        <translation>&amp;Outil de budget&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;account:</source>
        <translation>Co&amp;mpte par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default pa&amp;rtition:</source>
        <translation>Partition par dé&amp;faut&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;QoS:</source>
        <translation>&amp;QoS par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection to see the server&apos;s host key, how you log in, your user name there and its Slurm version.</source>
        <translation>Testez la connexion pour voir la clé d&apos;hôte du serveur, votre méthode de connexion, votre nom d&apos;utilisateur sur le serveur et sa version de Slurm.</translation>
    </message>
    <message>
        <source>no Host entries found</source>
        <translation>aucune entrée Host trouvée</translation>
    </message>
    <message>
        <source>/proxy_jump: %1</source>
        <translation>/proxy_jump&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Host key: %1 %2</source>
        <translation>Clé d&apos;hôte&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Logged in by: %1</source>
        <translation>Authentifié par&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remote user</source>
        <translation>Utilisateur distant</translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation>Slurm</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Un profil nommé &quot;%1&quot; existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Host to import from ~/.ssh/config</source>
        <translation>Hôte à importer depuis ~/.ssh/config</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ProfileListModel</name>
    <message>
        <source>ready, runs on this computer</source>
        <translation>prêt, s&apos;exécute sur cet ordinateur</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <source>Runs experiments as processes on this computer; works offline.</source>
        <translation>Exécute les expériences sous forme de processus sur cet ordinateur&#xa0;; fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>%1@%2:%3 — %4</source>
        <translation>%1@%2:%3 — %4</translation>
    </message>
    <message>
        <source>(user not set)</source>
        <translation>(utilisateur non défini)</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (illisible)</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ScaleUpDialog</name>
    <message>
        <source>Scale up to a cluster</source>
        <translation>Passer à l&apos;échelle sur un cluster</translation>
    </message>
    <message>
        <source>The same fine-tune, bigger: %1 becomes a cluster experiment with the same hyperparameters. It starts from this run&apos;s exported model and trains with PyTorch (transformers, peft) under torchrun, logging the same metrics.</source>
        <translation>Le même fine-tuning, en plus grand&#xa0;: %1 devient une expérience sur cluster avec les mêmes hyperparamètres. Elle part du modèle exporté de cette exécution et s&apos;entraîne avec PyTorch (transformers, peft) sous torchrun, en enregistrant les mêmes métriques.</translation>
    </message>
    <message>
        <source>Reading cluster profiles…</source>
        <translation>Lecture des profils de cluster…</translation>
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
        <translation>compte du projet (facultatif ici&#xa0;; Slurm peut l&apos;exiger)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Co&amp;mpte</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU par nœud</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Slurm wall time: hours:minutes:seconds, minutes, or days-hours:minutes</source>
        <translation>Durée limite Slurm&#xa0;: heures:minutes:secondes, minutes, ou jours-heures:minutes</translation>
    </message>
    <message>
        <source>&amp;Wall time</source>
        <translation>&amp;Durée limite</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Save and &amp;open in editor</source>
        <translation>Enregistrer et &amp;ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Save to &amp;folder…</source>
        <translation>Enregistrer dans un do&amp;ssier…</translation>
    </message>
    <message>
        <source>%1 (AMD GPUs: not for this script)</source>
        <translation>%1 (GPU AMD&#xa0;: pas pour ce script)</translation>
    </message>
    <message>
        <source>There is no cluster profile to scale up to: add one (Where to run) first.</source>
        <translation>Aucun profil de cluster vers lequel passer à l&apos;échelle&#xa0;: ajoutez-en d&apos;abord un (Où exécuter).</translation>
    </message>
    <message>
        <source>The wall time &quot;%1&quot; is not one Slurm understands: write hours:minutes:seconds such as 02:00:00.</source>
        <translation>La durée limite &quot;%1&quot; n&apos;est pas comprise par Slurm&#xa0;: écrivez heures:minutes:secondes, par ex. 02:00:00.</translation>
    </message>
    <message>
        <source>The experiment would not be valid: %1</source>
        <translation>L&apos;expérience ne serait pas valide&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded into the job&apos;s folder (%n file(s), %1):
</source>
        <translation>
            <numerusform>Envoyé dans le dossier du job (%n fichier, %1)&#xa0;:
</numerusform>
            <numerusform>Envoyés dans le dossier du job (%n fichiers, %1)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message>
        <source>the shipped training script</source>
        <translation>le script d&apos;entraînement fourni</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>cette exécution</translation>
    </message>
    <message>
        <source>• a PyTorch environment with transformers (and peft for LoRA) must be loaded: add the cluster&apos;s modules or container in the editor
</source>
        <translation>• un environnement PyTorch avec transformers (et peft pour LoRA) doit être chargé&#xa0;: ajoutez les modules ou le conteneur du cluster dans l&apos;éditeur
</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Expérience&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the cluster experiment</source>
        <translation>Dossier de l&apos;expérience sur cluster</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::SecretPromptDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <source>The server %1 accepts the key %2. Enter its passphrase to unlock it.</source>
        <translation>Le serveur %1 accepte la clé %2. Saisissez sa phrase de passe pour la déverrouiller.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation>Connectez-vous à %1.</translation>
    </message>
    <message>
        <source>The server asks</source>
        <translation>Le serveur demande</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 demande&#xa0;:</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>code à usage unique</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>One-time codes are used once and never stored.</source>
        <translation>Les codes à usage unique ne servent qu&apos;une fois et ne sont jamais stockés.</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation>Mémoriser la phrase de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remember the password (not the code) in the system keychain</source>
        <translation>Mémoriser le mot de passe (pas le code) dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Kept by the operating system&apos;s keychain, never in Fabbrica&apos;s files. Without it, Fabbrica keeps the secret in memory only until it quits, so a dropped link reconnects without asking.</source>
        <translation>Conservé par le trousseau du système d&apos;exploitation, jamais dans les fichiers de Fabbrica. Sans cela, Fabbrica garde le secret en mémoire uniquement jusqu&apos;à sa fermeture, pour qu&apos;une liaison coupée se rétablisse sans rien redemander.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>fab::widgets::SweepTableModel</name>
    <message>
        <source>Swept: changes from task to task</source>
        <translation>Balayé&#xa0;: change d&apos;une tâche à l&apos;autre</translation>
    </message>
    <message>
        <source>The same in every task</source>
        <translation>Identique dans toutes les tâches</translation>
    </message>
</context>
<context>
    <name>fab::widgets::TemplateCatalog</name>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de gabarit &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::TemplateDialog</name>
    <message>
        <source>New experiment from a template</source>
        <translation>Nouvelle expérience à partir d&apos;un gabarit</translation>
    </message>
    <message>
        <source>A template is a working experiment to start from: its files are copied into a new folder, and the cluster profile&apos;s defaults fill the account and partition.</source>
        <translation>Un gabarit est une expérience fonctionnelle servant de point de départ&#xa0;: ses fichiers sont copiés dans un nouveau dossier, et les valeurs par défaut du profil de cluster remplissent le compte et la partition.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Gabarits</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>Nouveau dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Folder for the new experiment</source>
        <translation>Dossier de la nouvelle expérience</translation>
    </message>
</context>
<context>
    <name>fab::widgets::UsageChart</name>
    <message>
        <source>Usage over time</source>
        <translation>Consommation dans le temps</translation>
    </message>
    <message>
        <source>Select an account to see its use over time</source>
        <translation>Sélectionnez un compte pour voir sa consommation dans le temps</translation>
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
        <translation>%1&#xa0;: aucun relevé de consommation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>At the current pace</source>
        <translation>Au rythme actuel</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Fin de période</translation>
    </message>
</context>
</TS>
