<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>fab::AllocationForecast</name>
    <message>
        <source>All of it is used: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: it needs at least two readings of the usage within %n day(s), and there %1. Refresh again later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>are none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: the readings are only %n minute(s) apart, too close to tell a pace. Refresh again later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using about %1; the granted amount is unknown, so there is no run-out date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using about %1: at this pace it lasts more than a hundred years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No use in the last %n day(s): at this pace it does not run out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>At this pace (%1) the period ends first, on %2, with about %3 unused; the budget alone would last until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace (%1) the budget runs out on %2, before the period ends on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace (%1) the budget runs out on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::AllocationFormat</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheduler&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 output could not be read; what could not be read is shown as unknown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No allocations reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partitions reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODES IDLE/TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUS/NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE GPUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* the default partition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::BatchScript</name>
    <message>
        <source>uses {%1}, which is neither a parameter nor a sweep axis; add it to &quot;parameters&quot; or write {{%1}} for literal braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a backslash right before {%1}; remove it, Fabbrica quotes the value itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot go into an #SBATCH line: only letters, digits and _ . + - / @ : , = are allowed, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an amount such as 120G or 512M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a wall time such as 02:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a plain file name, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::BudgetTools</name>
    <message>
        <source>Slurm sets no GrpTRESMins limit on this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saldo&apos;s total consumed (%1) disagrees with its %2 %; the cluster&apos;s consumed column is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month %1 of %2 local hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted for this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::ClusterProfile</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile file must hold one JSON object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a host name such as login.leonardo.cineca.it, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a user name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text in quotes or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;slurm&quot; or &quot;local&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field; use account, partition or qos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;this-computer&quot; is reserved for the built-in profile; rename it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::Estimate</name>
    <message>
        <source>the sweep&apos;s number of tasks is unknown; fix the sweep first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no time limit, so the cost cannot be estimated; set one such as &quot;02:00:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks × %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 GPUs × %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 h (whole nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × %1 per node-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌈%1 cores / %2⌉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌈%1 / %2 MB⌉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × max(%2) × %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost cannot be estimated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something it needs is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run costs about %1; the allocation of %2 is counted in %3, so the two cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run costs about %1. How much %2 has left is unknown (%3 did not say), so Fabbrica cannot tell whether it fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget: this run costs about %1, but %2 has only %3 left. Slurm may keep it waiting (AssocGrp…Minutes) or refuse it; shorten the time limit, use fewer tasks or GPUs, or ask for more hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run costs about %1 of the %2 that %3 has left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::Experiment</name>
    <message>
        <source>must be &quot;%1&quot;, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was written by a newer Fabbrica (schema %1); this version reads schema %2 and older: update Fabbrica to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field; remove it (known here: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; add an object here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object ({ … }), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; add a text value here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text in quotes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of paths, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty path in quotes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a path relative to the experiment&apos;s folder (no leading / or ~), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must stay inside the experiment&apos;s folder (no &quot;..&quot;), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not start with &apos;-&apos; or contain line breaks, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a Slurm name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an amount such as 120G, 512M or 64000 (megabytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a wall time such as &quot;02:00:00&quot; (hours:minutes:seconds), &quot;90&quot; (minutes) or &quot;1-12:00:00&quot; (days-hours:minutes:seconds), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of module names, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a module name such as &quot;cuda/12.2&quot; (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;/&apos;, &apos;@&apos;, &apos;:&apos;, &apos;-&apos;), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of NAME: &quot;value&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid variable name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, text or true/false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; a random sweep needs the number of draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no axes; add one such as &quot;lr&quot;: [1e-4, 3e-4] or remove the sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of values, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a named group (?&lt;step&gt;…) and one per metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an experiment file must hold one JSON object ({ … }), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; add &quot;schema&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses {%1}, which is neither a parameter nor a sweep axis; add &quot;%1&quot; to &quot;parameters&quot; or write {{%1}} for literal braces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::FileFollower</name>
    <message>
        <source>internal error: data for offset %1 arrived while %2 was expected; the follow stopped so that no byte is lost or counted twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::HistoryDb</name>
    <message>
        <source>cannot create the folder for the history database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history database %1 is damaged or not a database (%2); move it aside and Fabbrica will start a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history database %1 was written by a newer Fabbrica (schema %2, this one knows %3); update Fabbrica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the history database %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no submission with token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::JobState</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node did not boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::LocalRunner</name>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command crashed or was killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start /bin/sh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command did not finish within %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::LocalScheduler</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 into the run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Fabbrica holds %1; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the experiment is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/files/upload/%1: %2 not found in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the file beside the experiment, or remove it from the list of files to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the local runner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a job id of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable job record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local runner stopped before this task finished (was the computer restarted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job %1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single job %1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log %1 does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::MetricChart</name>
    <message>
        <source>wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to zoom, right-click to reset or export, hover for exact values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (smoothed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabbrica metrics chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV (all points)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::MetricStore</name>
    <message>
        <source>Cannot record the metrics stream of job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored offset %1 is already past %2 (another reader of the same file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some stored metric blocks of stream %1 are damaged and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::MetricStream</name>
    <message>
        <source>The stored reading state of %1 cannot be used; clear its metrics to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to read %1 from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::OpenSshKeys</name>
    <message>
        <source>not an OpenSSH certificate (expected a line starting with e.g. ssh-ed25519-cert-v01@openssh.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s inner type does not match &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported certificate type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is damaged (cut short or with extra bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::Reasons</name>
    <message>
        <source>Waiting for free nodes or GPUs: everything it needs is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; it starts when resources free up. Fewer GPUs or a shorter time limit may start sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in line: jobs with a higher priority are ahead of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; a shorter time limit lets the scheduler slot it into gaps (backfill).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other jobs already use as many GPUs as this QOS allows one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts when one of your running jobs ends; or ask for fewer GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s GPU budget is used up (or too small for this job&apos;s whole time limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the allocation&apos;s hours left; shorten the time limit, use another account, or ask the project&apos;s PI for more hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s CPU budget is used up (or too small for this job&apos;s whole time limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the time limit, use another account, or ask the project&apos;s PI for more hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s budget (billing units) is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another account or ask the project&apos;s PI for more hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already run as many jobs as your account allows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts when one of your running jobs ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s members already run as many jobs as it allows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts when one of the account&apos;s running jobs ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already run as many jobs as this QOS allows one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes it could use are down, drained or reserved (often for maintenance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a maintenance is announced, a time limit that ends before it lets the job start now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another job it depends on to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; it starts after that job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job it depends on ended in a way that means this one can never start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it and submit again once the job it needs has succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by you: it will not start until released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release it (scontrol release JOBID) or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by the cluster&apos;s administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the site&apos;s support why; you cannot release it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its time limit is longer than the partition allows: it will never start there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it and submit with a shorter time limit or to a partition with longer jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its time limit is longer than the QOS allows: it will never start with this QOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it and submit with a shorter time limit or another QOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked not to start before a given time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; it becomes eligible at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for more (or fewer) nodes than the partition allows per job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it and submit with a node count the partition accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the site to bring it back, or use another partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition is inactive and starts no jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its reservation to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; it starts within the reservation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array already runs as many tasks at once as its limit (%N) allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; the next task starts when one ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not valid (any more) for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it and submit with an account you belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QOS is not valid for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it and submit with a QOS your account may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node matches what it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it and check GPUs per node, memory and CPUs against the partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting it failed on a node; Slurm put it back in the queue and held it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release it to try again; tell the site&apos;s support if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node it needs is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; it starts when the node is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a software licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; it starts when a licence is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is preparing the job (prolog running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm is cleaning up after a previous run before requeueing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster does not know this account, or the account may not use this partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an account from the allocations list (sacctmgr show assoc lists yours) and check the partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partition with this name on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a partition from the cluster&apos;s list (sinfo shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node in the partition has what the job asks for (GPUs per node, CPUs or memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at most the GPUs, CPUs and memory one node of this partition has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job breaks a limit of the account or QOS (size, time, number of jobs), or no account was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an account (some sites require one), and check the QOS&apos;s limits on time, GPUs and jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU (or other GRES) request names something the cluster does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use plain GPU counts, or a GPU type the partition lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit is missing or longer than the partition or QOS allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a time limit within the partition&apos;s maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QOS does not exist or the account may not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a QOS listed for your account (sacctmgr show assoc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not use this partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account that goes with the partition (GPU budgets are often separate accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job array is larger than the cluster allows (MaxArraySize) or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabbrica splits large sweeps by MaxArraySize; refresh the cluster&apos;s settings and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster refused the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cluster&apos;s message for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job asks for more CPUs than the partition allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower CPUs per task or the node count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job asks for more memory than a node has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the memory request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition does not accept this many nodes per job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the node count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have as many jobs queued as you may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for some to finish, or cancel some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s scheduler did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; the site may be in maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script has Windows line endings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it with Unix line endings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given: the scheduler has not looked at it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget of the account is used up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget of the QOS is used up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit of the account is reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit of the QOS is reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts when other jobs end or the limit is raised; smaller or shorter jobs may fit sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: Slurm says &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster refused the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::ResourceKind</name>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local hours (equivalent core-hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::RunnerCalls</name>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::Scheduler</name>
    <message>
        <source>runs on %1: no allocation is spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot put job %2 back in the queue; submit the experiment again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::SlurmScheduler</name>
    <message>
        <source>the profile&apos;s work folder &quot;%1&quot; must start with /, ~ or a variable such as $SCRATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work folder %1 uses $%2, which is not set on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the experiment is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/files/upload/%1: %2 not found in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the file beside the experiment, or remove it from the list of files to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the run folder %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrays already submitted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squeue failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scancel %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requeue of %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log of job %1 cannot be found: Slurm no longer knows the job and it was not submitted from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshare failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget tool %1 gave no readable answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinfo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partition &quot;%1&quot; does not exist on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is not yours on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts you can charge: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accounts could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account is set, so the budget cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget was found for the account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm would refuse this job: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::SshConfig</name>
    <message>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many jump hosts (%1); at most 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty jump host in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid user name in jump host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;]&apos; in jump host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in jump host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid host name in jump host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; in jump host; use 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than 4 MB; the rest is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line longer than 64 kB ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Host without a pattern never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Match %2 is not supported; the block is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Include nested more than %2 deep ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 included files; the rest are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too many lines; the rest is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ProxyCommand is not used by Fabbrica; use ProxyJump</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::Submission</name>
    <message>
        <source>not submitted: the history cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was submitted, but the history could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::Sweep</name>
    <message>
        <source>has no axes; add one such as &quot;lr&quot;: [1e-4, 3e-4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1 for a random sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have more than %1 combinations; a random sweep draws from at most that many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for %1 different combinations but the axes have only %2; lower it or use &quot;mode&quot;: &quot;grid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make more than %1 tasks; split the sweep or use &quot;mode&quot;: &quot;random&quot; with fewer samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::app</name>
    <message>
        <source> (CUDA: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, libssh %2
Local engine: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::app::MainWindow</name>
    <message>
        <source>Fabbrica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cluster by saving its profile in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fabbrica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fabbrica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Europe&apos;s AI Factories: browse allocations, edit experiments, submit to Slurm over SSH, watch training live, and fine-tune locally first.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no budget to spend: experiments run on your own machine, for free. Pick a cluster on the left to see its projects&apos; GPU- and CPU-hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Fabbrica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a valid experiment first (File ▸ Open experiment…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Submitted as job %1 (%n task(s)); files in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Local run %1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local run %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SSH connection of the selected cluster (Fabbrica never connects on its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets of %1 appear here once Fabbrica is connected (Cluster ▸ Connect): granted, used and left per project, and when the budget runs out at the current pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick where to run it on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1 first: Fabbrica needs its SSH connection to check the budget and submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the cost of %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cost:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Budget:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expected start:&lt;/b&gt; %1 (Slurm&apos;s estimate)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot submit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (%2) on %3 ended: %4</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica validate: unknown option %1 (see fabbrica --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica validate: name at least one experiment file, e.g. fabbrica validate experiment.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (upgraded to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (older schema; run with --upgrade to rewrite it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid experiment &quot;%2&quot;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica profiles: unknown argument %1 (see fabbrica --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica: unknown command &quot;%1&quot; (see fabbrica --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  check --profile NAME         connect with a profile: print the host key fingerprint, the
        [--accept-new-host-key] login method, the remote user and `sinfo --version`;
        [--timeout SECONDS]     secrets are asked on the terminal (one line each from
                               stdin when it is not a terminal); an unknown host key is
                               refused unless --accept-new-host-key, a changed one always
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica check: --timeout takes a number of seconds, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica check: unknown argument %1 (see fabbrica --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica check: name a profile, e.g. fabbrica check --profile leonardo (fabbrica profiles lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica check: no profile named &quot;%1&quot; in %2 (fabbrica profiles lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: ~/.ssh/config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica check: cannot connect with profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump host:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key:      %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in by:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:   valid for %1 more (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica check: `id -un` failed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote user:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica check: `sinfo --version` did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica check: `sinfo --version` failed (exit %1): %2 — is Slurm in the login shell&apos;s PATH on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: profile &quot;%1&quot; works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica metrics: no job %1 on This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica metrics: job %1 has written no metrics (yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>fabbrica metrics: %n line(s) could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>fabbrica metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica metrics: no stored metrics for job %1 of %2; open the job in Fabbrica while it runs to stream them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica metrics: --follow reads live files on This computer only; printing the points stored so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica metrics: %1 was still running when last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  metrics JOBID --profile NAME [--follow] [--json]
                               print a job&apos;s training metrics, one point per line
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica metrics: unexpected argument %1 (see fabbrica --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica metrics: which job? (fabbrica metrics JOBID --profile NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica %1: no profile named &quot;%2&quot; in %3 (fabbrica profiles lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica %1: cannot connect with profile &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica jobs: no answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>note: %n line(s) of the scheduler&apos;s answer could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>JOBID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELAPSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica allocations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica partitions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDLE/NODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUS/NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE GPUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica %1: %2 is not a valid experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica submit: no answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts:   about %1 (sbatch --test-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica submit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>fabbrica script: name one experiment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica script: no usable profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>note: the parameter table %1 (%n task(s)) is uploaded beside the script</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica %1: unknown option %2 (see fabbrica --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica submit: name one experiment file, e.g. fabbrica submit sweep.json --profile leonardo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica cancel: name the job id(s) to cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::json</name>
    <message>
        <source>not valid JSON at line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu</name>
    <message>
        <source>no NVIDIA GPU or driver found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CUDA attention kernel takes heads of up to 128 channels; this model has %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Checkpoint</name>
    <message>
        <source>%1 is not a Fabbrica checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written for a different model than this run&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapes differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor %2 is missing or has the wrong shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step, rng or data_position in its metadata is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Data</name>
    <message>
        <source>sequence length must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation fraction must be between 0 and 0.5, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read data file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data format &quot;%1&quot; (auto, text, jsonl or pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: needs string fields &quot;prompt&quot; and &quot;completion&quot; like the lines before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: needs a string field &quot;text&quot; (or &quot;prompt&quot; and &quot;completion&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives no training tokens to learn from (%2 tokens in all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Device</name>
    <message>
        <source>%1 (%2 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no NVIDIA GPU or driver found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built without CUDA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Engine</name>
    <message>
        <source>this build of Fabbrica has no CUDA path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::LocalRuns</name>
    <message>
        <source>the sample dataset is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the sample dataset into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Lora</name>
    <message>
        <source>LoRA rank must be between 0 (full fine-tune) and 4096, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA alpha must be positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA dropout must be in [0, 1), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA needs at least one target module (c_attn, c_proj, c_fc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown LoRA target module &quot;%1&quot; (use c_attn, c_proj, c_fc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::ModelConfig</name>
    <message>
        <source>vocabulary size must be between 2 and 1048576, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context length must be between 1 and 65536, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of layers must be between 1 and 256, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heads and width must be positive (width at most 65536), got %1 heads, width %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width %1 is not a multiple of the number of heads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer_norm_epsilon must be between 0 and 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json describes a &quot;%1&quot; model; only GPT-2 (model_type &quot;gpt2&quot;) is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has no integer &quot;vocab_size&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_positions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_layer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_head&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_embd&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json uses activation &quot;%1&quot;; this engine implements GPT-2&apos;s tanh GELU (gelu_new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json sets n_inner %1; only the GPT-2 MLP of 4 × n_embd is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json unties the output head; GPT-2&apos;s head is tied to wte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Safetensors</name>
    <message>
        <source>not a safetensors file: shorter than its 8-byte header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated safetensors file: the header needs %1 bytes, the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header incomplete in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors __metadata__ is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors __metadata__ value &quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: no dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: shape is not a list of at most 8 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets is not [begin, end]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: unknown dtype &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: a dimension is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: shape is larger than the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets are not non-negative integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets [%2, %3] fall outside the %4 data bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 × %3 bytes do not fill data_offsets [%4, %5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensors &quot;%1&quot; and &quot;%2&quot; overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; is cut short (file changed while reading?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; has dtype %3; weights must be F32, F16, BF16 or F64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::ScaleUp</name>
    <message>
        <source>%1 has no exported model yet (model.safetensors + config.json): finish or resume the local run first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s data file %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale-up needs at least one node and one GPU per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of the %1 GPUs takes batch × grad_accum sequences per step: the global batch is %1 times the local run&apos;s; lower lr or grad_accum to keep it the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster run starts from this run&apos;s exported model (LoRA merged into it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the training script into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has AMD GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL) and does not apply there. Use the site&apos;s ROCm PyTorch containers and an experiment of your own instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Tokenizer</name>
    <message>
        <source>encoder.json is not a JSON object of token → id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder.json: the id of &quot;%1&quot; is not a small non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocab.bpe line %1 is not &quot;first second&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocab.bpe has no merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in GPT-2 tokenizer files are missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no GPT-2 tokenizer (encoder.json + vocab.bpe, or vocab.json + merges.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tokenizer &quot;%1&quot;: use byte, gpt2 or a folder with encoder.json + vocab.bpe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainConfig</name>
    <message>
        <source>the fine-tune settings must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model must be an object {layers, heads, width, context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lora must be an object {rank, alpha, dropout, targets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lora.targets must be a list such as [&quot;c_attn&quot;, &quot;c_proj&quot;, &quot;c_fc&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lora.targets must hold strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no training data: give a text or JSONL file (--data FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run folder: give one with --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps must be at least 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch and grad_accum must be at least 1, got %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq must be between 2 and 65536, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr must be positive and below 10, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_lr_ratio must be in [0, 1], got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warmup must be 0 or more steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW needs weight_decay &gt;= 0, beta1 and beta2 in [0, 1), eps &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad_clip must be 0 (off) or positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval_every and sample_every must be &gt;= 0, eval_batches and sample_tokens &gt;= 1, top_k &gt;= 0, temperature &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint_every must be &gt;= 0 and keep_checkpoints &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device must be auto, cpu or cuda, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads must be between 0 (all cores) and 1024</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Trainer</name>
    <message>
        <source>cancelled at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainingRun</name>
    <message>
        <source>--resume needs the run folder (--out DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkpoint to resume from in %1/checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Fabbrica checkpoint (no train_config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 tokenizer has %2 tokens but the model&apos;s vocabulary has only %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq %1 is longer than the model&apos;s context of %2 positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data: %1 (%2), %3 tokens → %4 training and %5 validation sequences of %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device cuda: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GPU (%1): training on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed from %1 at step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model: GPT-2, %1 layers, %2 heads, width %3, context %4, vocab %5: %6 parameters, %7 trained%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (LoRA rank %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the loss became %1 at step %2: lower the learning rate (now %3) or check the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Weights</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base model %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no model.safetensors (PyTorch .bin files are not read: convert them with transformers&apos; save_pretrained(safe_serialization=True))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GPT-2 model: it has no 2-D wte.weight and wpe.weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the weights: config says vocab %2, width %3, context %4, %5 layers; the file has %6, %7, %8, %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no config.json beside %1: assumed %2 heads of 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks tensor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, a GPT-2 of this size needs %4 (Conv1D weights are [in, out])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has tensor %2, which is not part of GPT-2 (a different architecture?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>skipped %n tied head / attention mask buffer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: %1 parameters for a layout of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEFT LoRA adapter config (peft_type LORA, integer r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, expected %4 for this base model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::metrics::MetricParser</name>
    <message>
        <source>a quoted cell is not closed properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row does not have one cell per column (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Trainer log dict is cut or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (at column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes missing from the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MLflow metric file needs its metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metrics format “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an MLflow metric line (timestamp value step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression: %1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern needs a named group (?&lt;step&gt;…) and one per metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step group did not match an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TFRecord here (length checksum wrong); skipped to the next record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record checksum wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record is not a TensorBoard event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ends inside a record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::Auth</name>
    <message>
        <source>%1 (accepted, another factor is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a private key (OpenSSH or PEM; Ed25519, ECDSA or RSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase given for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrong passphrase for %1 (%n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for %1 (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for %1 (%2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or is not a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your SSH certificate %1 expired at %2 (%3 ago); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your SSH certificate %1 is valid only from %2 (check this computer&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read by libssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publickey %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not accepted by the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not belong to the key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publickey from ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent at %1 did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no key accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s question &quot;%1&quot; was not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server refused the answers given (%n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the answers (attempt %1 of %2). Check the code or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive (answers refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrong password for %1 (%n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered password was refused; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for %1 (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>password (wrong password, %n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the server asked for nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login to %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login to %1 cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for %1 (the server accepts: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key, agent or password was available to try; set identity_file in the profile or load your key into ssh-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SSH certificate %1 expires in %2 (at %3); the next login after that will fail. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::ConnectionSettings</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew it with: step ssh login &apos;YOUR-EMAIL&apos; --provisioner cineca-hpc (the e-mail registered in CINECA&apos;s UserDB; certificates last 12 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask your centre&apos;s certificate service for a new one (for smallstep: step ssh login …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; runs on this computer; it has no SSH connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy_jump: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::HopTunnel</name>
    <message>
        <source>cannot create a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jump host could not open a connection to %1:%2 (%3); check AllowTcpForwarding on the jump host and the address of the next hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection behind jump host %1 was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link to jump host %1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host %1 stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::HostKeyCheck</name>
    <message>
        <source>cannot encode the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 sent no host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED.
  known_hosts (%2) has: %3
  the server now offers: %4
Someone may be intercepting the connection, or the centre replaced its key. Compare with the fingerprint the centre publishes; if the change is expected, remove the old entry with: ssh-keygen -R &apos;%5&apos; -f &apos;%2&apos; and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 resolves to %2 addresses; if they are login nodes with different keys, pin one node as the profile&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 offered a %2 host key, but known_hosts (%3) records only other key types for it: %4.
That is unusual: check the centre&apos;s published fingerprints; if the new key is right, remove the old entries with ssh-keygen -R &apos;%5&apos; -f &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not one of the fingerprints published for this cluster:
%3
The connection may be intercepted, or the list in the profile is out of date: check the centre&apos;s documentation before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a round-robin name: it leads to %2 login nodes (%3), each with its own host key. Fabbrica records each node&apos;s key under its address, so moving between nodes is not mistaken for a changed key. This node (%4) has not been seen before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> known_hosts has a different key for the name itself, most likely another node&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to %1: its key is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while waiting for an answer about the host key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 (%2) was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key was accepted but could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::Ops</name>
    <message>
        <source>the server keeps refusing new channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused to run the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command did not finish within %1 s on %2 and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection dropped while the command was running (%1); it may or may not have completed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the command&apos;s output failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed by a signal?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following %1 ended: tail exited on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::SecretStore</name>
    <message>
        <source>no application object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is turned off for this connection, secret not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain available, secret not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer, secret not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused the secret (%1), secret not remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::SessionSetup</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1 port %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH handshake with %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 dropped during login: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::SshConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid remote path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot expand the remote path %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::SshWorker</name>
    <message>
        <source>Your SSH certificate %1 expires in %2; after that, a dropped link cannot be re-established. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to %1; open the connection first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a socket pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting to %1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost (%1); reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SFTP subsystem did not start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still not connected to %1 after %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::TerminalPrompter</name>
    <message>
        <source>The host key of %1 (%2, port %3)%4 is not known yet:
  %5 %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It matches a fingerprint published for this cluster.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted because of --accept-new-host-key; saved in %1 as %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted. Compare it with the fingerprint your centre publishes, then run again with --accept-new-host-key to save it in %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::remote::Transfer</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not do it (disk full or quota exceeded?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP is not available on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot continue %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the permissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::shellQuote</name>
    <message>
        <source>the value contains a NUL character (byte %1), which a shell cannot pass on; remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::train</name>
    <message>
        <source> (see fabbrica-train --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica-train: unexpected argument &quot;%1&quot; (options start with --)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica-train: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica-train: %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a whole number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- sample at step %1 ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
fabbrica-train: interrupted at step %1; continue with --resume --out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabbrica-train: done; model, metrics and checkpoints in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::AllocationsModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not report how much this account was granted (no limit is set, or the tool does not print one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not report how much this account has used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left is granted − used, and %1 did not report both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share used needs both the granted and the used amount, and %1 did not report both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not print the allocation period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used as a share of what was granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not report this user&apos;s usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s share of the account&apos;s use, as %1 printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project or account; expand it to see who used what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::AllocationsView</name>
    <message>
        <source>No budget to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a cluster on the left to see its projects&apos; GPU- and CPU-hours: granted, used and left, and when the budget runs out at the current pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster for its budgets and partitions now (sshare, sinfo and the site&apos;s budget tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler gave no answer about allocations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler gave no answer about partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler reported no allocations for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading could not be kept in the history (%1), so the chart may miss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets and partitions of %1 refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets and partitions of %1 refreshed, with problems: see the note above the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to see its use over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ConnectionIndicator</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid for %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentDocument</name>
    <message>
        <source>Edit JSON text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentEditor</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened (written in an older format; it is upgraded when saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new experiment from a working example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an experiment or start one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job (no cluster chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job on %1 (no such profile: no defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON text has an error; the batch script appears once it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first: see the list under the form. The batch script appears once the experiment is valid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1) — click one to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON text is not valid (%1). It is saved exactly as written, and opens with the same error until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This experiment has %n problem(s). It can be saved, but not submitted until they are fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save experiment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files exist already in %1:

%2

Replace them with the template&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 from the template “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your data into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these files yourself: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentForm</name>
    <message>
        <source>Experiment form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). The form shows the last valid version and is read-only until the text is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). Fix it in the JSON pane to edit the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gpt2-lora-lr-sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s name in the queue and the name of its run folder: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the experiment runs: This computer (a local process), or a cluster profile. Picking a cluster fills an empty account and partition with the profile&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no such profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project whose budget pays for the job (--account), e.g. AIFAC_L13_018. Empty: the cluster profile&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group of nodes the job runs on (--partition), e.g. a GPU partition such as boost_usr_prod. Empty: the profile&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of service (--qos): a class of jobs with its own limits and priority, e.g. a short debug queue. Usually empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many machines (nodes) the job uses at once (--nodes). 1 unless the training script spreads over several nodes (torchrun, srun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many GPUs the job gets on each node (--gpus-per-node). 0 for a job without GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores for each task (--cpus-per-task): data loading and preprocessing run on these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 120G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per node (--mem), e.g. 120G or 512M; a number alone means megabytes. Empty: the partition&apos;s default share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 02:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest the job may run (--time): 02:00:00 is two hours, 1-12:00:00 a day and a half. Slurm stops the job when it runs out, and the budget is held for the whole time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes the site has set aside for you (--reservation), e.g. for a course or a deadline. Usually empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. profile/deeplrn cineca-ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment modules loaded before the command (module load …), separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Apptainer/Singularity image (.sif) the command runs inside, e.g. $HOME/containers/pytorch.sif. Empty: no container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables set before the command; $VARS in values are expanded by the shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders (ending in /) next to the experiment file, copied into the run folder before the job starts. Paths are relative to the experiment&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. python train.py --lr {lr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell command of each task. {name} is replaced by the parameter or sweep value of that name; write {{ and }} for literal braces. ${VAR} is the shell&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values for the command&apos;s {placeholders}: numbers, true/false, or text (&quot;32&quot; in quotes stays text). A sweep axis of the same name replaces the value task by task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: one job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: every combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random: sample combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep runs the command once per combination of the axes&apos; values, as one Slurm job array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each axis is a parameter name and the values it takes, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random mode: how many distinct combinations to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random mode: the same seed draws the same combinations on every computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tasks of the array may run at the same time (Slurm&apos;s %K on --array), to leave room for others or spare the budget. 0: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the sweep off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sweep mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the training script writes its metrics to, relative to the run folder. Fabbrica follows it while the job runs and draws the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabbrica JSONL (one JSON object per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face Trainer log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow file store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorBoard event files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines matched by a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the metrics file is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change metrics format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format &quot;regex&quot;: a regular expression with a named group (?&lt;step&gt;…) and one per metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics pattern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentScriptPane</name>
    <message>
        <source>One job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks as one job array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks as one job array (split into %2 arrays: MaxArraySize %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering %1 tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch script yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch script cannot be written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost at most: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The whole wall time is held from the budget until the job ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1 of %2 scripts; the others differ only in their task range.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sweep: one job with these parameter values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Showing the first %2 tasks; the row number is $SLURM_ARRAY_TASK_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The row number is $SLURM_ARRAY_TASK_ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentsView</name>
    <message>
        <source>No experiment open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An experiment describes one training job: the resources it needs, the command it runs and the hyperparameters to sweep. Open an experiment file (.json), or start from a template, to edit it and see its batch script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first time Fabbrica connects to %1 (address %2, port %3). The server proves who it is with this key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;&amp;#10004; It matches a fingerprint published for this cluster (from the profile).&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your centre publishes (in its documentation or its welcome e-mail). If they differ, do not connect: someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust it, it is saved in %1 as %2 and not asked again. A later change of this key will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsModel</name>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it waits / ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm says: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsView</name>
    <message>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs you submit from the Experiments tab appear here with their state, wait reason, elapsed time and logs. Start by opening an experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the selected job (or every task of an array), as scancel does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (stderr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to follow its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing left to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next check in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel job %1? Its work so far stays in the run folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the selected finished or failed job back in the queue, as scontrol requeue does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not requeue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::KeyValueModel</name>
    <message>
        <source>Values separated by commas, e.g. 1e-4, 3e-4, 1e-3. Put text with a comma in &quot;quotes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunChart</name>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunForm</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New toy model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small GPT-2 trained from scratch with a byte tokenizer: quick to try on any computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPT-2 model.safetensors (Hugging Face layout) or its folder, fine-tuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers, heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width, context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.safetensors or its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .txt or .jsonl file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL {&quot;text&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL prompt/completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format, held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank, alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, batch, sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate, warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate, sample every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample prompt (empty: start from nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset: a plain-text (.txt) or JSONL (.jsonl) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset %1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model to fine-tune: a GPT-2 model.safetensors or its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a .safetensors file or a model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width (%1) must be a multiple of the number of heads (%2): try %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence length (%1) is longer than the model&apos;s context (%2): lower it or raise the context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA needs at least one target layer (c_attn, c_proj or c_fc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a seed (a whole number): the same seed trains the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text or JSONL (*.txt *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GPT-2 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors (*.safetensors);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunsView</name>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped, can continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 / %3 steps%4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale &amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new run with these settings, in a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept, so the run can continue later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn this run into a cluster experiment with the same hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: choose the settings on the left and press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it on this computer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune a small language model on your own machine before spending cluster hours: choose a model and a dataset on the left (the sample dataset is ready) and press Start. A finished run becomes a cluster experiment with Scale up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text the model writes appears here every few steps (Evaluate, sample every).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous local runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— step %1 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not a local run (no readable train_config.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: looking for a GPU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: no usable GPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1 (no GPU: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVIDIA GPU can be used here (%1). Choose CPU or Automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing data and model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is still finishing; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at step %1: Resume continues, Cancel stops and keeps a checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current step and writing a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · eval loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 / %2 · loss %3%4 · %5 tokens/s · ETA %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped with an error at step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at step %1. Select it under Previous runs and press Continue to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1 steps. The model is in %2; Scale up… makes a cluster experiment of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::MetricsView</name>
    <message>
        <source>No metrics to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a job runs, its training metrics (loss, learning rate, …) stream here as live charts, read from the metrics file the job writes. Submit an experiment to see its curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read metrics of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 points</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::widgets::PartitionsModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm did not report this for the partition (sinfo&apos;s node view has no time limits, scontrol&apos;s partition view no GPUs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs not in use on nodes that can take jobs (down and drained nodes count none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::PlaceholderHighlighter</name>
    <message>
        <source>Not a parameter or sweep axis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ProfileEditorDialog</name>
    <message>
        <source>New cluster profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cluster profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from ~/.ssh/config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leonardo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leonardo Booster (CINECA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login.leonardo.cineca.it, or a Host alias of ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private key. Empty: the keys in ssh-agent, then ~/.ssh/id_ed25519, id_ecdsa and id_rsa. A certificate next to it (KEY-cert.pub) is used automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump hosts as OpenSSH writes them: user@bastion:port, several separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$WORK/fabbrica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saldo, lumi-allocations, it4ifree, … (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AIFAC_L00_000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. boost_usr_prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default pa&amp;rtition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;QoS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to see the server&apos;s host key, how you log in, your user name there and its Slurm version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Host entries found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proxy_jump: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ProfileListModel</name>
    <message>
        <source>ready, runs on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs experiments as processes on this computer; works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2:%3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(user not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ScaleUpDialog</name>
    <message>
        <source>Scale up to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same fine-tune, bigger: %1 becomes a cluster experiment with the same hyperparameters. It starts from this run&apos;s exported model and trains with PyTorch (transformers, peft) under torchrun, logging the same metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cluster profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project account (optional here; Slurm may require it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm wall time: hours:minutes:seconds, minutes, or days-hours:minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (AMD GPUs: not for this script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cluster profile to scale up to: add one (Where to run) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall time &quot;%1&quot; is not one Slurm understands: write hours:minutes:seconds such as 02:00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment would not be valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded into the job&apos;s folder (%n file(s), %1):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the shipped training script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• a PyTorch environment with transformers (and peft for LoRA) must be loaded: add the cluster&apos;s modules or container in the editor
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the cluster experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::SecretPromptDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 accepts the key %2. Enter its passphrase to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time codes are used once and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password (not the code) in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the operating system&apos;s keychain, never in Fabbrica&apos;s files. Without it, Fabbrica keeps the secret in memory only until it quits, so a dropped link reconnects without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::SweepTableModel</name>
    <message>
        <source>Swept: changes from task to task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same in every task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::TemplateCatalog</name>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::TemplateDialog</name>
    <message>
        <source>New experiment from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template is a working experiment to start from: its files are copied into a new folder, and the cluster profile&apos;s defaults fill the account and partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the new experiment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fab::widgets::UsageChart</name>
    <message>
        <source>Usage over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to see its use over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no readings of the usage yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the current pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
