<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs you submit from the Experiments tab appear here with their state, wait reason, elapsed time and logs. Start by opening an experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a job runs, its training metrics (loss, learning rate, …) stream here as live charts, read from the metrics file the job writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it on this computer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune a small language model on your own machine before spending cluster hours; the same experiment then scales up to a cluster. Device: %1.</source>
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
        <source>Budgets of %1 appear here once Fabbrica is connected: granted, used and left per project, and when the budget runs out at the current pace.</source>
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
    <name>fab::widgets::ExperimentsView</name>
    <message>
        <source>No experiment open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An experiment describes one training job: the resources it needs, the command it runs and the hyperparameters to sweep. Open an experiment file (.json) to check it and see its batch script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these in the file, save it, then press Reload. Nothing in your file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment JSON</source>
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
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opened (written in an older format; it is upgraded when saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes × GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 sweep)</source>
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
</TS>
