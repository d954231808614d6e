<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>fab::AllocationForecast</name>
    <message>
        <source>All of it is used: %1 of %2.</source>
        <translation>Está todo usado: %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: it needs at least two readings of the usage within %n day(s), and there %1. Refresh again later.</source>
        <translation>
            <numerusform>Aún no hay previsión: se necesitan al menos dos lecturas del uso en %n día, y %1. Vuelva a actualizar más tarde.</numerusform>
            <numerusform>Aún no hay previsión: se necesitan al menos dos lecturas del uso en %n días, y %1. Vuelva a actualizar más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>are none</source>
        <translation>no hay ninguna</translation>
    </message>
    <message>
        <source>is one</source>
        <translation>solo hay una</translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: the readings are only %n minute(s) apart, too close to tell a pace. Refresh again later.</source>
        <translation>
            <numerusform>Aún no hay previsión: las lecturas están separadas solo %n minuto, demasiado poco para estimar un ritmo. Vuelva a actualizar más tarde.</numerusform>
            <numerusform>Aún no hay previsión: las lecturas están separadas solo %n minutos, demasiado poco para estimar un ritmo. Vuelva a actualizar más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <source>Using about %1; the granted amount is unknown, so there is no run-out date.</source>
        <translation>Consumo de unos %1; se desconoce la cantidad concedida, así que no hay fecha de agotamiento.</translation>
    </message>
    <message>
        <source>Using about %1: at this pace it lasts more than a hundred years.</source>
        <translation>Consumo de unos %1: a este ritmo dura más de cien años.</translation>
    </message>
    <message numerus="yes">
        <source>No use in the last %n day(s): at this pace it does not run out.</source>
        <translation>
            <numerusform>Sin uso en el último día: a este ritmo no se agota.</numerusform>
            <numerusform>Sin uso en los últimos %n días: a este ritmo no se agota.</numerusform>
        </translation>
    </message>
    <message>
        <source>At this pace (%1) the period ends first, on %2, with about %3 unused; the budget alone would last until %4.</source>
        <translation>A este ritmo (%1) el periodo termina antes, el %2, con unos %3 sin usar; el presupuesto por sí solo duraría hasta el %4.</translation>
    </message>
    <message>
        <source>At this pace (%1) the budget runs out on %2, before the period ends on %3.</source>
        <translation>A este ritmo (%1) el presupuesto se agota el %2, antes de que termine el periodo el %3.</translation>
    </message>
    <message>
        <source>At this pace (%1) the budget runs out on %2.</source>
        <translation>A este ritmo (%1) el presupuesto se agota el %2.</translation>
    </message>
</context>
<context>
    <name>fab::AllocationFormat</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>the scheduler&apos;s</source>
        <translation>el planificador</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 output could not be read; what could not be read is shown as unknown.</source>
        <translation>
            <numerusform>No se pudo leer %n línea de la salida que dio %1; lo que no se pudo leer se muestra como desconocido.</numerusform>
            <numerusform>No se pudieron leer %n líneas de la salida que dio %1; lo que no se pudo leer se muestra como desconocido.</numerusform>
        </translation>
    </message>
    <message>
        <source>No allocations reported.</source>
        <translation>No se ha informado de ninguna asignación.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ÁMBITO</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RECURSO</translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation>CONCEDIDO</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>USADO</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>RESTANTE</translation>
    </message>
    <message>
        <source>USED %</source>
        <translation>% USADO</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIODO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No partitions reported.</source>
        <translation>No se ha informado de ninguna partición.</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTICIÓN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>NODES IDLE/TOTAL</source>
        <translation>NODOS LIBRES/TOTAL</translation>
    </message>
    <message>
        <source>GPUS/NODE</source>
        <translation>GPU/NODO</translation>
    </message>
    <message>
        <source>GPU TYPE</source>
        <translation>TIPO DE GPU</translation>
    </message>
    <message>
        <source>FREE GPUS</source>
        <translation>GPU LIBRES</translation>
    </message>
    <message>
        <source>DEFAULT TIME</source>
        <translation>TIEMPO PREDETERMINADO</translation>
    </message>
    <message>
        <source>MAX TIME</source>
        <translation>TIEMPO MÁXIMO</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>* the default partition</source>
        <translation>* la partición predeterminada</translation>
    </message>
</context>
<context>
    <name>fab::BatchScript</name>
    <message>
        <source>uses {%1}, which is neither a parameter nor a sweep axis; add it to &quot;parameters&quot; or write {{%1}} for literal braces</source>
        <translation>usa {%1}, que no es ni un parámetro ni un eje del barrido; añádalo a &quot;parameters&quot; o escriba {{%1}} para obtener llaves literales</translation>
    </message>
    <message>
        <source>has a backslash right before {%1}; remove it, Fabbrica quotes the value itself</source>
        <translation>tiene una barra invertida justo antes de {%1}; elimínela, Fabbrica ya entrecomilla el valor</translation>
    </message>
    <message>
        <source>cannot go into an #SBATCH line: only letters, digits and _ . + - / @ : , = are allowed, got &quot;%1&quot;</source>
        <translation>no puede ir en una línea #SBATCH: solo se permiten letras, dígitos y _ . + - / @ : , =; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>debe ser como mínimo 1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>must be an amount such as 120G or 512M</source>
        <translation>debe ser una cantidad como 120G o 512M</translation>
    </message>
    <message>
        <source>must be a wall time such as 02:00:00</source>
        <translation>debe ser un tiempo límite como 02:00:00</translation>
    </message>
    <message>
        <source>must be an absolute path, got &quot;%1&quot;</source>
        <translation>debe ser una ruta absoluta; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a valid variable name</source>
        <translation>no es un nombre de variable válido</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>no debe contener ningún carácter NUL</translation>
    </message>
    <message>
        <source>must be a plain file name, got &quot;%1&quot;</source>
        <translation>debe ser un simple nombre de archivo; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be at least 1, got %1</source>
        <translation>debe ser como mínimo 1; se encontró %1</translation>
    </message>
    <message>
        <source>is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>no es un nombre de parámetro válido (letras, dígitos y &apos;_&apos;, sin empezar por un dígito)</translation>
    </message>
</context>
<context>
    <name>fab::BudgetTools</name>
    <message>
        <source>Slurm sets no GrpTRESMins limit on this account</source>
        <translation>Slurm no fija ningún límite GrpTRESMins en esta cuenta</translation>
    </message>
    <message>
        <source>saldo&apos;s total consumed (%1) disagrees with its %2 %; the cluster&apos;s consumed column is used</source>
        <translation>el total consumido según saldo (%1) no concuerda con su %2 %; se usa la columna de consumo del clúster</translation>
    </message>
    <message>
        <source>this month %1 of %2 local hours</source>
        <translation>este mes, %1 de %2 horas locales</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>quedan %1 días</translation>
    </message>
    <message>
        <source>granted for this month</source>
        <translation>concedido para este mes</translation>
    </message>
</context>
<context>
    <name>fab::ClusterProfile</name>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>a profile file must hold one JSON object, got %1</source>
        <translation>un archivo de perfil debe contener un único objeto JSON; se encontró %1</translation>
    </message>
    <message>
        <source>unknown field; remove it</source>
        <translation>campo desconocido; elimínelo</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, got %1</source>
        <translation>debe tener de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;; se encontró %1</translation>
    </message>
    <message>
        <source>must be a host name such as login.leonardo.cineca.it, got %1</source>
        <translation>debe ser un nombre de host como login.leonardo.cineca.it; se encontró %1</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535, got %1</source>
        <translation>debe ser un número entero de 1 a 65535; se encontró %1</translation>
    </message>
    <message>
        <source>must be a user name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), got %1</source>
        <translation>debe ser un nombre de usuario (letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;); se encontró %1</translation>
    </message>
    <message>
        <source>must be text in quotes or null, got %1</source>
        <translation>debe ser texto entre comillas o null; se encontró %1</translation>
    </message>
    <message>
        <source>must be &quot;slurm&quot; or &quot;local&quot;, got %1</source>
        <translation>debe ser &quot;slurm&quot; o &quot;local&quot;; se encontró %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>debe ser un objeto; se encontró %1</translation>
    </message>
    <message>
        <source>unknown field; use account, partition or qos</source>
        <translation>campo desconocido; use account, partition o qos</translation>
    </message>
    <message>
        <source>&quot;this-computer&quot; is reserved for the built-in profile; rename it</source>
        <translation>&quot;this-computer&quot; está reservado para el perfil integrado; cámbielo de nombre</translation>
    </message>
</context>
<context>
    <name>fab::Estimate</name>
    <message>
        <source>the sweep&apos;s number of tasks is unknown; fix the sweep first</source>
        <translation>se desconoce el número de tareas del barrido; corrija primero el barrido</translation>
    </message>
    <message>
        <source>has no time limit, so the cost cannot be estimated; set one such as &quot;02:00:00&quot;</source>
        <translation>no tiene límite de tiempo, así que no se puede estimar el coste; establezca uno, como &quot;02:00:00&quot;</translation>
    </message>
    <message>
        <source>%1 tasks × %2 nodes</source>
        <translation>%1 tareas × %2 nodos</translation>
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
        <translation>%1 × %2 h (nodos completos)</translation>
    </message>
    <message>
        <source> × %1 per node-hour</source>
        <translation> × %1 por nodo-hora</translation>
    </message>
    <message>
        <source>%1 GPUs × %2</source>
        <translation>%1 GPU × %2</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 núcleos</translation>
    </message>
    <message>
        <source>⌈%1 cores / %2⌉</source>
        <translation>⌈%1 núcleos / %2⌉</translation>
    </message>
    <message>
        <source>⌈%1 / %2 MB⌉</source>
        <translation>⌈%1 / %2 MB⌉</translation>
    </message>
    <message>
        <source>%1 × max(%2) × %3 h</source>
        <translation>%1 × máx(%2) × %3 h</translation>
    </message>
    <message>
        <source>The cost cannot be estimated: %1</source>
        <translation>No se puede estimar el coste: %1</translation>
    </message>
    <message>
        <source>something it needs is unknown</source>
        <translation>se desconoce algún dato necesario</translation>
    </message>
    <message>
        <source>This run costs about %1; the allocation of %2 is counted in %3, so the two cannot be compared.</source>
        <translation>Esta ejecución cuesta unos %1; la asignación de %2 se contabiliza en %3, así que no se pueden comparar.</translation>
    </message>
    <message>
        <source>This run costs about %1. How much %2 has left is unknown (%3 did not say), so Fabbrica cannot tell whether it fits.</source>
        <translation>Esta ejecución cuesta unos %1. Se desconoce cuánto le queda a %2 (%3 no lo indicó), así que Fabbrica no puede saber si cabe.</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>el clúster</translation>
    </message>
    <message>
        <source>Over budget: this run costs about %1, but %2 has only %3 left. Slurm may keep it waiting (AssocGrp…Minutes) or refuse it; shorten the time limit, use fewer tasks or GPUs, or ask for more hours.</source>
        <translation>Presupuesto superado: esta ejecución cuesta unos %1, pero a %2 solo le quedan %3. Slurm puede dejarla en espera (AssocGrp…Minutes) o rechazarla; acorte el límite de tiempo, use menos tareas o GPU, o solicite más horas.</translation>
    </message>
    <message>
        <source>This run costs about %1 of the %2 that %3 has left.</source>
        <translation>Esta ejecución cuesta unos %1 de los %2 que le quedan a %3.</translation>
    </message>
    <message>
        <source> (no GPUs asked for: this budget counts GPU time only)</source>
        <translation> (no se pidieron GPU: este presupuesto solo contabiliza tiempo de GPU)</translation>
    </message>
</context>
<context>
    <name>fab::Experiment</name>
    <message>
        <source>must be &quot;%1&quot;, got %2</source>
        <translation>debe ser &quot;%1&quot;; se encontró %2</translation>
    </message>
    <message>
        <source>this file was written by a newer Fabbrica (schema %1); this version reads schema %2 and older: update Fabbrica to open it</source>
        <translation>este archivo lo escribió una versión más reciente de Fabbrica (esquema %1); esta versión lee el esquema %2 y anteriores: actualice Fabbrica para abrirlo</translation>
    </message>
    <message>
        <source>unknown field; remove it (known here: %1)</source>
        <translation>campo desconocido; elimínelo (aquí se admiten: %1)</translation>
    </message>
    <message>
        <source>unknown field; did you mean &quot;%1&quot;?</source>
        <translation>campo desconocido; ¿quería decir &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>is missing; add an object here</source>
        <translation>falta; añada aquí un objeto</translation>
    </message>
    <message>
        <source>must be an object ({ … }), got %1</source>
        <translation>debe ser un objeto ({ … }); se encontró %1</translation>
    </message>
    <message>
        <source>is missing; add a text value here</source>
        <translation>falta; añada aquí un valor de texto</translation>
    </message>
    <message>
        <source>must be text in quotes, got %1</source>
        <translation>debe ser texto entre comillas; se encontró %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>no debe contener ningún carácter NUL</translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation>%1; se encontró %2</translation>
    </message>
    <message>
        <source>must be a list of paths, got %1</source>
        <translation>debe ser una lista de rutas; se encontró %1</translation>
    </message>
    <message>
        <source>must be a non-empty path in quotes, got %1</source>
        <translation>debe ser una ruta no vacía entre comillas; se encontró %1</translation>
    </message>
    <message>
        <source>must be a path relative to the experiment&apos;s folder (no leading / or ~), got %1</source>
        <translation>debe ser una ruta relativa a la carpeta del experimento (sin / ni ~ al principio); se encontró %1</translation>
    </message>
    <message>
        <source>must stay inside the experiment&apos;s folder (no &quot;..&quot;), got %1</source>
        <translation>debe quedarse dentro de la carpeta del experimento (sin &quot;..&quot;); se encontró %1</translation>
    </message>
    <message>
        <source>must not start with &apos;-&apos; or contain line breaks, got %1</source>
        <translation>no debe empezar por &apos;-&apos; ni contener saltos de línea; se encontró %1</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>debe ser uno de %1; se encontró %2</translation>
    </message>
    <message>
        <source>must be a Slurm name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;)</source>
        <translation>debe ser un nombre válido en Slurm (letras, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be an amount such as 120G, 512M or 64000 (megabytes)</source>
        <translation>debe ser una cantidad como 120G, 512M o 64000 (megabytes)</translation>
    </message>
    <message>
        <source>must be a wall time such as &quot;02:00:00&quot; (hours:minutes:seconds), &quot;90&quot; (minutes) or &quot;1-12:00:00&quot; (days-hours:minutes:seconds), got %1</source>
        <translation>debe ser un tiempo límite como &quot;02:00:00&quot; (horas:minutos:segundos), &quot;90&quot; (minutos) o &quot;1-12:00:00&quot; (días-horas:minutos:segundos); se encontró %1</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <source>must be a list of module names, got %1</source>
        <translation>debe ser una lista de nombres de módulos; se encontró %1</translation>
    </message>
    <message>
        <source>must be a module name such as &quot;cuda/12.2&quot; (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;/&apos;, &apos;@&apos;, &apos;:&apos;, &apos;-&apos;), got %1</source>
        <translation>debe ser un nombre de módulo como &quot;cuda/12.2&quot; (letras, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, &apos;/&apos;, &apos;@&apos;, &apos;:&apos;, &apos;-&apos;); se encontró %1</translation>
    </message>
    <message>
        <source>must be an object of NAME: &quot;value&quot;, got %1</source>
        <translation>debe ser un objeto de la forma NOMBRE: &quot;valor&quot;; se encontró %1</translation>
    </message>
    <message>
        <source>is not a valid variable name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>no es un nombre de variable válido (letras, dígitos y &apos;_&apos;, sin empezar por un dígito)</translation>
    </message>
    <message>
        <source>is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>no es un nombre de parámetro válido (letras, dígitos y &apos;_&apos;, sin empezar por un dígito)</translation>
    </message>
    <message>
        <source>must be a number, text or true/false, got %1</source>
        <translation>debe ser un número, un texto o true/false; se encontró %1</translation>
    </message>
    <message>
        <source>is missing; a random sweep needs the number of draws</source>
        <translation>falta; un barrido aleatorio necesita el número de extracciones</translation>
    </message>
    <message>
        <source>has no axes; add one such as &quot;lr&quot;: [1e-4, 3e-4] or remove the sweep</source>
        <translation>no tiene ejes; añada uno, como &quot;lr&quot;: [1e-4, 3e-4], o elimine el barrido</translation>
    </message>
    <message>
        <source>must be a non-empty list of values, got %1</source>
        <translation>debe ser una lista de valores no vacía; se encontró %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>no es una expresión regular válida: %1</translation>
    </message>
    <message>
        <source>needs a named group (?&lt;step&gt;…) and one per metric</source>
        <translation>necesita un grupo con nombre (?&lt;step&gt;…) y uno por cada métrica</translation>
    </message>
    <message>
        <source>an experiment file must hold one JSON object ({ … }), got %1</source>
        <translation>un archivo de experimento debe contener un único objeto JSON ({ … }); se encontró %1</translation>
    </message>
    <message>
        <source>is missing; add &quot;schema&quot;: &quot;%1&quot;</source>
        <translation>falta; añada &quot;schema&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation>debe tener de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, sin empezar por &apos;.&apos; ni por &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a profile name</source>
        <translation>debe ser un nombre de perfil</translation>
    </message>
    <message>
        <source>uses {%1}, which is neither a parameter nor a sweep axis; add &quot;%1&quot; to &quot;parameters&quot; or write {{%1}} for literal braces</source>
        <translation>usa {%1}, que no es ni un parámetro ni un eje del barrido; añada &quot;%1&quot; a &quot;parameters&quot; o escriba {{%1}} para obtener llaves literales</translation>
    </message>
    <message>
        <source>must be a whole number ≥ %1, got %2</source>
        <translation>debe ser un número entero ≥ %1; se encontró %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, got %3</source>
        <translation>debe ser un número entero de %1 a %2; se encontró %3</translation>
    </message>
    <message>
        <source>must not contain &apos;$&apos; (the cluster&apos;s shell would read it as a variable), got %1</source>
        <translation>no debe contener &apos;$&apos; (el shell del clúster lo leería como una variable); se encontró %1</translation>
    </message>
    <message>
        <source>contains a Windows line break (CR LF), which Slurm refuses in a batch script; remove the CR characters</source>
        <translation>contiene un salto de línea de Windows (CR LF), que Slurm rechaza en un script batch; elimine los caracteres CR</translation>
    </message>
</context>
<context>
    <name>fab::FileFollower</name>
    <message>
        <source>internal error: data for offset %1 arrived while %2 was expected; the follow stopped so that no byte is lost or counted twice</source>
        <translation>error interno: llegaron datos para el desplazamiento %1 cuando se esperaba %2; el seguimiento se detuvo para que ningún byte se pierda o se cuente dos veces</translation>
    </message>
</context>
<context>
    <name>fab::HistoryDb</name>
    <message>
        <source>cannot create the folder for the history database %1</source>
        <translation>no se puede crear la carpeta de la base de datos del historial %1</translation>
    </message>
    <message>
        <source>cannot open the history database %1: %2</source>
        <translation>no se puede abrir la base de datos del historial %1: %2</translation>
    </message>
    <message>
        <source>the history database %1 is damaged or not a database (%2); move it aside and Fabbrica will start a new one</source>
        <translation>la base de datos del historial %1 está dañada o no es una base de datos (%2); muévala a otro sitio y Fabbrica creará una nueva</translation>
    </message>
    <message>
        <source>cannot configure the history database %1: %2</source>
        <translation>no se puede configurar la base de datos del historial %1: %2</translation>
    </message>
    <message>
        <source>the history database %1 was written by a newer Fabbrica (schema %2, this one knows %3); update Fabbrica</source>
        <translation>la base de datos del historial %1 la escribió una versión más reciente de Fabbrica (esquema %2; esta conoce el %3); actualice Fabbrica</translation>
    </message>
    <message>
        <source>cannot upgrade the history database %1 to schema %2: %3</source>
        <translation>no se puede actualizar la base de datos del historial %1 al esquema %2: %3</translation>
    </message>
    <message>
        <source>no submission with token %1</source>
        <translation>no hay ningún envío con el token %1</translation>
    </message>
    <message>
        <source>cannot upgrade the history database %1: %2</source>
        <translation>no se puede actualizar la base de datos del historial %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::JobState</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Ran out of time</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>Memoria agotada</translation>
    </message>
    <message>
        <source>Node failed</source>
        <translation>Fallo de nodo</translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation>Expulsado (preempted)</translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation>Reencolado</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Node did not boot</source>
        <translation>El nodo no arrancó</translation>
    </message>
    <message>
        <source>Missed its deadline</source>
        <translation>Plazo incumplido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>fab::LocalRunner</name>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>the command crashed or was killed</source>
        <translation>el comando falló o fue terminado</translation>
    </message>
    <message>
        <source>could not start /bin/sh: %1</source>
        <translation>no se pudo iniciar /bin/sh: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s: %2</source>
        <translation>el comando no terminó en %1 s: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>no se puede copiar %1 en %2: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::LocalScheduler</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 into the run folder</source>
        <translation>no se puede copiar %1 en la carpeta de la ejecución</translation>
    </message>
    <message>
        <source>another Fabbrica holds %1; try again</source>
        <translation>otra instancia de Fabbrica tiene bloqueado %1; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the experiment is not valid: %1</source>
        <translation>el experimento no es válido: %1</translation>
    </message>
    <message>
        <source>/files/upload/%1: %2 not found in %3</source>
        <translation>/files/upload/%1: no se encontró %2 en %3</translation>
    </message>
    <message>
        <source>Put the file beside the experiment, or remove it from the list of files to upload.</source>
        <translation>Coloque el archivo junto al experimento o quítelo de la lista de archivos que se suben.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>no se puede crear la carpeta de la ejecución %1</translation>
    </message>
    <message>
        <source>the script could not be rendered</source>
        <translation>no se pudo generar el script</translation>
    </message>
    <message>
        <source>cannot start the local runner: %1</source>
        <translation>no se puede iniciar el ejecutor local: %1</translation>
    </message>
    <message>
        <source>%1 is not a job id of this computer</source>
        <translation>%1 no es un ID de trabajo de este ordenador</translation>
    </message>
    <message>
        <source>%1 has no readable job record</source>
        <translation>%1 no tiene un registro de trabajo legible</translation>
    </message>
    <message>
        <source>the local runner stopped before this task finished (was the computer restarted?)</source>
        <translation>el ejecutor local se detuvo antes de que terminara esta tarea (¿se reinició el ordenador?)</translation>
    </message>
    <message>
        <source>no job %1 on this computer</source>
        <translation>no hay ningún trabajo %1 en este ordenador</translation>
    </message>
    <message>
        <source>no single job %1 on this computer</source>
        <translation>no hay un único trabajo %1 en este ordenador</translation>
    </message>
    <message>
        <source>the log %1 does not exist yet</source>
        <translation>el log %1 todavía no existe</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing was run</source>
        <translation>cancelado antes de empezar; no se ejecutó nada</translation>
    </message>
</context>
<context>
    <name>fab::MetricChart</name>
    <message>
        <source>wall time</source>
        <translation>tiempo real</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>Drag to zoom, right-click to reset or export, hover for exact values</source>
        <translation>Arrastre para ampliar, haga clic derecho para restablecer o exportar, pase el ratón por encima para ver los valores exactos</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>seconds since start</source>
        <translation>segundos desde el inicio</translation>
    </message>
    <message>
        <source>%1 — step %2: %3</source>
        <translation>%1 — paso %2: %3</translation>
    </message>
    <message>
        <source> (smoothed %1)</source>
        <translation> (suavizado %1)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Fabbrica metrics chart</source>
        <translation>Gráfico de métricas de Fabbrica</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportar SVG…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export CSV (all points)…</source>
        <translation>Exportar CSV (todos los puntos)…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>fab::MetricStore</name>
    <message>
        <source>Cannot record the metrics stream of job %1: %2</source>
        <translation>No se puede registrar el flujo de métricas del trabajo %1: %2</translation>
    </message>
    <message>
        <source>Cannot store metrics: %1</source>
        <translation>No se pueden almacenar las métricas: %1</translation>
    </message>
    <message>
        <source>no stream %1</source>
        <translation>no existe el flujo %1</translation>
    </message>
    <message>
        <source>the stored offset %1 is already past %2 (another reader of the same file?)</source>
        <translation>el desplazamiento guardado %1 ya ha superado %2 (¿otro lector del mismo archivo?)</translation>
    </message>
    <message>
        <source>Some stored metric blocks of stream %1 are damaged and were skipped.</source>
        <translation>Algunos bloques de métricas guardados del flujo %1 están dañados y se han omitido.</translation>
    </message>
</context>
<context>
    <name>fab::MetricStream</name>
    <message>
        <source>The stored reading state of %1 cannot be used; clear its metrics to read it again.</source>
        <translation>El estado de lectura guardado de %1 no se puede usar; borre sus métricas para volver a leerlo.</translation>
    </message>
    <message>
        <source>No connection to read %1 from.</source>
        <translation>No hay ninguna conexión desde la que leer %1.</translation>
    </message>
</context>
<context>
    <name>fab::OpenSshKeys</name>
    <message>
        <source>not an OpenSSH certificate (expected a line starting with e.g. ssh-ed25519-cert-v01@openssh.com)</source>
        <translation>no es un certificado OpenSSH (se esperaba una línea que empezara por, p. ej., ssh-ed25519-cert-v01@openssh.com)</translation>
    </message>
    <message>
        <source>the certificate is not valid base64</source>
        <translation>el certificado no es base64 válido</translation>
    </message>
    <message>
        <source>the certificate&apos;s inner type does not match &quot;%1&quot;</source>
        <translation>el tipo interno del certificado no coincide con &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unsupported certificate type %1</source>
        <translation>tipo de certificado no admitido: %1</translation>
    </message>
    <message>
        <source>the certificate is damaged (cut short or with extra bytes)</source>
        <translation>el certificado está dañado (truncado o con bytes de más)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::Reasons</name>
    <message>
        <source>Waiting for free nodes or GPUs: everything it needs is busy.</source>
        <translation>Esperando nodos o GPU libres: todo lo que necesita está ocupado.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when resources free up. Fewer GPUs or a shorter time limit may start sooner.</source>
        <translation>No hay nada que hacer; empezará cuando se liberen recursos. Con menos GPU o un límite de tiempo más corto podría empezar antes.</translation>
    </message>
    <message>
        <source>Waiting in line: jobs with a higher priority are ahead of it.</source>
        <translation>Esperando turno: hay trabajos con mayor prioridad por delante.</translation>
    </message>
    <message>
        <source>Nothing to do; a shorter time limit lets the scheduler slot it into gaps (backfill).</source>
        <translation>No hay nada que hacer; un límite de tiempo más corto permite al planificador encajarlo en huecos (backfill).</translation>
    </message>
    <message>
        <source>Your other jobs already use as many GPUs as this QOS allows one user.</source>
        <translation>Sus otros trabajos ya usan tantas GPU como esta QoS permite a un usuario.</translation>
    </message>
    <message>
        <source>It starts when one of your running jobs ends; or ask for fewer GPUs.</source>
        <translation>Empezará cuando termine uno de sus trabajos en ejecución; o bien solicite menos GPU.</translation>
    </message>
    <message>
        <source>The account&apos;s GPU budget is used up (or too small for this job&apos;s whole time limit).</source>
        <translation>El presupuesto de GPU de la cuenta está agotado (o es demasiado pequeño para todo el límite de tiempo de este trabajo).</translation>
    </message>
    <message>
        <source>Check the allocation&apos;s hours left; shorten the time limit, use another account, or ask the project&apos;s PI for more hours.</source>
        <translation>Compruebe las horas que le quedan a la asignación; acorte el límite de tiempo, use otra cuenta o pida más horas al IP del proyecto.</translation>
    </message>
    <message>
        <source>The account&apos;s CPU budget is used up (or too small for this job&apos;s whole time limit).</source>
        <translation>El presupuesto de CPU de la cuenta está agotado (o es demasiado pequeño para todo el límite de tiempo de este trabajo).</translation>
    </message>
    <message>
        <source>Shorten the time limit, use another account, or ask the project&apos;s PI for more hours.</source>
        <translation>Acorte el límite de tiempo, use otra cuenta o pida más horas al IP del proyecto.</translation>
    </message>
    <message>
        <source>The account&apos;s budget (billing units) is used up.</source>
        <translation>El presupuesto de la cuenta (unidades de facturación) está agotado.</translation>
    </message>
    <message>
        <source>Use another account or ask the project&apos;s PI for more hours.</source>
        <translation>Use otra cuenta o pida más horas al IP del proyecto.</translation>
    </message>
    <message>
        <source>You already run as many jobs as your account allows at once.</source>
        <translation>Ya tiene en ejecución tantos trabajos simultáneos como permite su cuenta.</translation>
    </message>
    <message>
        <source>It starts when one of your running jobs ends.</source>
        <translation>Empezará cuando termine uno de sus trabajos en ejecución.</translation>
    </message>
    <message>
        <source>The account&apos;s members already run as many jobs as it allows at once.</source>
        <translation>Los miembros de la cuenta ya tienen en ejecución tantos trabajos simultáneos como permite.</translation>
    </message>
    <message>
        <source>It starts when one of the account&apos;s running jobs ends.</source>
        <translation>Empezará cuando termine uno de los trabajos en ejecución de la cuenta.</translation>
    </message>
    <message>
        <source>You already run as many jobs as this QOS allows one user.</source>
        <translation>Ya tiene en ejecución tantos trabajos como esta QoS permite a un usuario.</translation>
    </message>
    <message>
        <source>Nodes it could use are down, drained or reserved (often for maintenance).</source>
        <translation>Los nodos que podría usar están caídos, drenados o reservados (a menudo por mantenimiento).</translation>
    </message>
    <message>
        <source>If a maintenance is announced, a time limit that ends before it lets the job start now.</source>
        <translation>Si hay un mantenimiento anunciado, un límite de tiempo que termine antes permite que el trabajo empiece ya.</translation>
    </message>
    <message>
        <source>Waiting for another job it depends on to finish.</source>
        <translation>Esperando a que termine otro trabajo del que depende.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts after that job.</source>
        <translation>No hay nada que hacer; empezará después de ese trabajo.</translation>
    </message>
    <message>
        <source>The job it depends on ended in a way that means this one can never start.</source>
        <translation>El trabajo del que depende terminó de una forma que impide que este llegue a empezar.</translation>
    </message>
    <message>
        <source>Cancel it and submit again once the job it needs has succeeded.</source>
        <translation>Cancélelo y vuelva a enviarlo cuando el trabajo que necesita haya terminado correctamente.</translation>
    </message>
    <message>
        <source>Held by you: it will not start until released.</source>
        <translation>Retenido por usted: no empezará hasta que lo libere.</translation>
    </message>
    <message>
        <source>Release it (scontrol release JOBID) or cancel it.</source>
        <translation>Libérelo (scontrol release JOBID) o cancélelo.</translation>
    </message>
    <message>
        <source>Held by the cluster&apos;s administrators.</source>
        <translation>Retenido por los administradores del clúster.</translation>
    </message>
    <message>
        <source>Ask the site&apos;s support why; you cannot release it yourself.</source>
        <translation>Pregunte el motivo al soporte del centro; no puede liberarlo usted.</translation>
    </message>
    <message>
        <source>Its time limit is longer than the partition allows: it will never start there.</source>
        <translation>Su límite de tiempo es mayor del que permite la partición: nunca empezará en ella.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a shorter time limit or to a partition with longer jobs.</source>
        <translation>Cancélelo y envíelo con un límite de tiempo más corto o a una partición que admita trabajos más largos.</translation>
    </message>
    <message>
        <source>Its time limit is longer than the QOS allows: it will never start with this QOS.</source>
        <translation>Su límite de tiempo es mayor del que permite la QoS: nunca empezará con esta QoS.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a shorter time limit or another QOS.</source>
        <translation>Cancélelo y envíelo con un límite de tiempo más corto o con otra QoS.</translation>
    </message>
    <message>
        <source>Asked not to start before a given time.</source>
        <translation>Se pidió que no empezara antes de una hora determinada.</translation>
    </message>
    <message>
        <source>Nothing to do; it becomes eligible at that time.</source>
        <translation>No hay nada que hacer; podrá empezar a partir de esa hora.</translation>
    </message>
    <message>
        <source>It asks for more (or fewer) nodes than the partition allows per job.</source>
        <translation>Pide más (o menos) nodos de los que la partición permite por trabajo.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a node count the partition accepts.</source>
        <translation>Cancélelo y envíelo con un número de nodos que la partición acepte.</translation>
    </message>
    <message>
        <source>The partition is down.</source>
        <translation>La partición está caída.</translation>
    </message>
    <message>
        <source>Wait for the site to bring it back, or use another partition.</source>
        <translation>Espere a que el centro la recupere o use otra partición.</translation>
    </message>
    <message>
        <source>The partition is inactive and starts no jobs.</source>
        <translation>La partición está inactiva y no inicia trabajos.</translation>
    </message>
    <message>
        <source>Use another partition.</source>
        <translation>Use otra partición.</translation>
    </message>
    <message>
        <source>Waiting for its reservation to begin.</source>
        <translation>Esperando a que empiece su reserva.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts within the reservation.</source>
        <translation>No hay nada que hacer; empezará dentro de la reserva.</translation>
    </message>
    <message>
        <source>The array already runs as many tasks at once as its limit (%N) allows.</source>
        <translation>El array ya ejecuta a la vez tantas tareas como permite su límite (%N).</translation>
    </message>
    <message>
        <source>Nothing to do; the next task starts when one ends.</source>
        <translation>No hay nada que hacer; la siguiente tarea empezará cuando termine una.</translation>
    </message>
    <message>
        <source>The account is not valid (any more) for you.</source>
        <translation>La cuenta no es válida (o ya no lo es) para usted.</translation>
    </message>
    <message>
        <source>Cancel it and submit with an account you belong to.</source>
        <translation>Cancélelo y envíelo con una cuenta a la que pertenezca.</translation>
    </message>
    <message>
        <source>The QOS is not valid for this account.</source>
        <translation>La QoS no es válida para esta cuenta.</translation>
    </message>
    <message>
        <source>Cancel it and submit with a QOS your account may use.</source>
        <translation>Cancélelo y envíelo con una QoS que su cuenta pueda usar.</translation>
    </message>
    <message>
        <source>No node matches what it asks for.</source>
        <translation>Ningún nodo cumple lo que pide.</translation>
    </message>
    <message>
        <source>Cancel it and check GPUs per node, memory and CPUs against the partition.</source>
        <translation>Cancélelo y compare las GPU por nodo, la memoria y las CPU con las de la partición.</translation>
    </message>
    <message>
        <source>Starting it failed on a node; Slurm put it back in the queue and held it.</source>
        <translation>Falló su inicio en un nodo; Slurm lo devolvió a la cola y lo retuvo.</translation>
    </message>
    <message>
        <source>Release it to try again; tell the site&apos;s support if it keeps happening.</source>
        <translation>Libérelo para volver a intentarlo; avise al soporte del centro si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>A node it needs is down.</source>
        <translation>Un nodo que necesita está caído.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when the node is back.</source>
        <translation>No hay nada que hacer; empezará cuando el nodo vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Waiting for a software licence.</source>
        <translation>Esperando una licencia de software.</translation>
    </message>
    <message>
        <source>Nothing to do; it starts when a licence is free.</source>
        <translation>No hay nada que hacer; empezará cuando haya una licencia libre.</translation>
    </message>
    <message>
        <source>The node is preparing the job (prolog running).</source>
        <translation>El nodo está preparando el trabajo (prolog en ejecución).</translation>
    </message>
    <message>
        <source>Slurm is cleaning up after a previous run before requeueing it.</source>
        <translation>Slurm está limpiando tras una ejecución anterior antes de volver a encolarlo.</translation>
    </message>
    <message>
        <source>The cluster does not know this account, or the account may not use this partition.</source>
        <translation>El clúster no conoce esta cuenta, o la cuenta no puede usar esta partición.</translation>
    </message>
    <message>
        <source>Pick an account from the allocations list (sacctmgr show assoc lists yours) and check the partition.</source>
        <translation>Elija una cuenta de la lista de asignaciones (sacctmgr show assoc muestra las suyas) y compruebe la partición.</translation>
    </message>
    <message>
        <source>There is no partition with this name on the cluster.</source>
        <translation>No hay ninguna partición con este nombre en el clúster.</translation>
    </message>
    <message>
        <source>Pick a partition from the cluster&apos;s list (sinfo shows them).</source>
        <translation>Elija una partición de la lista del clúster (sinfo las muestra).</translation>
    </message>
    <message>
        <source>No node in the partition has what the job asks for (GPUs per node, CPUs or memory).</source>
        <translation>Ningún nodo de la partición tiene lo que pide el trabajo (GPU por nodo, CPU o memoria).</translation>
    </message>
    <message>
        <source>Ask for at most the GPUs, CPUs and memory one node of this partition has.</source>
        <translation>Pida como máximo las GPU, CPU y memoria que tiene un nodo de esta partición.</translation>
    </message>
    <message>
        <source>The job breaks a limit of the account or QOS (size, time, number of jobs), or no account was given.</source>
        <translation>El trabajo infringe un límite de la cuenta o de la QoS (tamaño, tiempo, número de trabajos), o no se indicó ninguna cuenta.</translation>
    </message>
    <message>
        <source>Set an account (some sites require one), and check the QOS&apos;s limits on time, GPUs and jobs.</source>
        <translation>Indique una cuenta (algunos centros la exigen) y compruebe los límites de la QoS en tiempo, GPU y trabajos.</translation>
    </message>
    <message>
        <source>The GPU (or other GRES) request names something the cluster does not have.</source>
        <translation>La solicitud de GPU (u otro GRES) menciona algo que el clúster no tiene.</translation>
    </message>
    <message>
        <source>Use plain GPU counts, or a GPU type the partition lists.</source>
        <translation>Use simples cantidades de GPU, o un tipo de GPU que figure en la partición.</translation>
    </message>
    <message>
        <source>The time limit is missing or longer than the partition or QOS allows.</source>
        <translation>Falta el límite de tiempo o es mayor del que permiten la partición o la QoS.</translation>
    </message>
    <message>
        <source>Set a time limit within the partition&apos;s maximum.</source>
        <translation>Establezca un límite de tiempo dentro del máximo de la partición.</translation>
    </message>
    <message>
        <source>The QOS does not exist or the account may not use it.</source>
        <translation>La QoS no existe o la cuenta no puede usarla.</translation>
    </message>
    <message>
        <source>Pick a QOS listed for your account (sacctmgr show assoc).</source>
        <translation>Elija una QoS que figure para su cuenta (sacctmgr show assoc).</translation>
    </message>
    <message>
        <source>This account may not use this partition.</source>
        <translation>Esta cuenta no puede usar esta partición.</translation>
    </message>
    <message>
        <source>Use the account that goes with the partition (GPU budgets are often separate accounts).</source>
        <translation>Use la cuenta que corresponde a la partición (los presupuestos de GPU suelen ser cuentas aparte).</translation>
    </message>
    <message>
        <source>The job array is larger than the cluster allows (MaxArraySize) or malformed.</source>
        <translation>El job array es mayor de lo que permite el clúster (MaxArraySize) o está mal formado.</translation>
    </message>
    <message>
        <source>Fabbrica splits large sweeps by MaxArraySize; refresh the cluster&apos;s settings and submit again.</source>
        <translation>Fabbrica divide los barridos grandes según MaxArraySize; actualice la configuración del clúster y vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>The cluster refused the job.</source>
        <translation>El clúster rechazó el trabajo.</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s message for the reason.</source>
        <translation>Lea el mensaje del clúster para conocer el motivo.</translation>
    </message>
    <message>
        <source>The job asks for more CPUs than the partition allows.</source>
        <translation>El trabajo pide más CPU de las que permite la partición.</translation>
    </message>
    <message>
        <source>Lower CPUs per task or the node count.</source>
        <translation>Reduzca las CPU por tarea o el número de nodos.</translation>
    </message>
    <message>
        <source>The job asks for more memory than a node has.</source>
        <translation>El trabajo pide más memoria de la que tiene un nodo.</translation>
    </message>
    <message>
        <source>Lower the memory request.</source>
        <translation>Reduzca la memoria solicitada.</translation>
    </message>
    <message>
        <source>The partition does not accept this many nodes per job.</source>
        <translation>La partición no acepta tantos nodos por trabajo.</translation>
    </message>
    <message>
        <source>Lower the node count.</source>
        <translation>Reduzca el número de nodos.</translation>
    </message>
    <message>
        <source>You already have as many jobs queued as you may.</source>
        <translation>Ya tiene en cola tantos trabajos como se le permite.</translation>
    </message>
    <message>
        <source>Wait for some to finish, or cancel some.</source>
        <translation>Espere a que terminen algunos o cancele alguno.</translation>
    </message>
    <message>
        <source>The cluster&apos;s scheduler did not answer.</source>
        <translation>El planificador del clúster no respondió.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; the site may be in maintenance.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos; puede que el centro esté en mantenimiento.</translation>
    </message>
    <message>
        <source>The script has Windows line endings.</source>
        <translation>El script tiene finales de línea de Windows.</translation>
    </message>
    <message>
        <source>Save it with Unix line endings.</source>
        <translation>Guárdelo con finales de línea de Unix.</translation>
    </message>
    <message>
        <source>No reason given: the scheduler has not looked at it yet.</source>
        <translation>No se indica ningún motivo: el planificador aún no lo ha examinado.</translation>
    </message>
    <message>
        <source>A budget of the account is used up (%1).</source>
        <translation>Se ha agotado un presupuesto de la cuenta (%1).</translation>
    </message>
    <message>
        <source>A budget of the QOS is used up (%1).</source>
        <translation>Se ha agotado un presupuesto de la QoS (%1).</translation>
    </message>
    <message>
        <source>A limit of the account is reached (%1).</source>
        <translation>Se ha alcanzado un límite de la cuenta (%1).</translation>
    </message>
    <message>
        <source>A limit of the QOS is reached (%1).</source>
        <translation>Se ha alcanzado un límite de la QoS (%1).</translation>
    </message>
    <message>
        <source>It starts when other jobs end or the limit is raised; smaller or shorter jobs may fit sooner.</source>
        <translation>Empezará cuando terminen otros trabajos o se aumente el límite; los trabajos más pequeños o más cortos pueden caber antes.</translation>
    </message>
    <message>
        <source>Waiting: Slurm says &quot;%1&quot;.</source>
        <translation>En espera: Slurm indica &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The cluster refused the job: %1</source>
        <translation>El clúster rechazó el trabajo: %1</translation>
    </message>
    <message>
        <source>The Slurm controller does not answer; it may be restarting.</source>
        <translation>El controlador de Slurm no responde; puede que se esté reiniciando.</translation>
    </message>
    <message>
        <source>Jobs keep running meanwhile; Fabbrica asks again by itself.</source>
        <translation>Mientras tanto, los trabajos siguen ejecutándose; Fabbrica volverá a preguntar por sí solo.</translation>
    </message>
    <message>
        <source>The Slurm accounting database does not answer: finished jobs, accounts and usage cannot be read just now.</source>
        <translation>La base de datos de contabilidad de Slurm no responde: ahora mismo no se pueden leer los trabajos terminados, las cuentas ni el uso.</translation>
    </message>
    <message>
        <source>Running jobs are not affected; Fabbrica asks again at the next refresh.</source>
        <translation>Los trabajos en ejecución no se ven afectados; Fabbrica volverá a preguntar en la próxima actualización.</translation>
    </message>
    <message>
        <source>%1 (Slurm said: %2)</source>
        <translation>%1 (Slurm dijo: %2)</translation>
    </message>
</context>
<context>
    <name>fab::ResourceKind</name>
    <message>
        <source>GPU-hours</source>
        <translation>horas de GPU</translation>
    </message>
    <message>
        <source>CPU-hours</source>
        <translation>horas de CPU</translation>
    </message>
    <message>
        <source>core-hours</source>
        <translation>horas de núcleo</translation>
    </message>
    <message>
        <source>node-hours</source>
        <translation>horas de nodo</translation>
    </message>
    <message>
        <source>local hours (equivalent core-hours)</source>
        <translation>horas locales (equivalentes a horas de núcleo)</translation>
    </message>
    <message>
        <source>billing hours</source>
        <translation>horas de facturación</translation>
    </message>
    <message>
        <source>TB-hours</source>
        <translation>TB-hora</translation>
    </message>
    <message>
        <source>unknown unit</source>
        <translation>unidad desconocida</translation>
    </message>
</context>
<context>
    <name>fab::RunnerCalls</name>
    <message>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>la conexión se ha perdido</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>la solicitud se canceló</translation>
    </message>
    <message>
        <source>no byte moved for %1 s (the connection is probably down), so the upload was stopped</source>
        <translation>no se ha transferido ningún byte en %1 s (probablemente la conexión está caída), así que se detuvo la subida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>fab::Scheduler</name>
    <message>
        <source>runs on %1: no allocation is spent</source>
        <translation>se ejecuta en %1: no se gasta ninguna asignación</translation>
    </message>
    <message>
        <source>%1 cannot put job %2 back in the queue; submit the experiment again</source>
        <translation>%1 no puede devolver el trabajo %2 a la cola; vuelva a enviar el experimento</translation>
    </message>
    <message>
        <source>%1 cannot look up the interrupted submission %2</source>
        <translation>%1 no puede consultar el envío interrumpido %2</translation>
    </message>
</context>
<context>
    <name>fab::SlurmScheduler</name>
    <message>
        <source>the profile&apos;s work folder &quot;%1&quot; must start with /, ~ or a variable such as $SCRATCH</source>
        <translation>la carpeta de trabajo del perfil &quot;%1&quot; debe empezar por /, ~ o una variable como $SCRATCH</translation>
    </message>
    <message>
        <source>the work folder %1 uses $%2, which is not set on %3</source>
        <translation>la carpeta de trabajo %1 usa $%2, que no está definida en %3</translation>
    </message>
    <message>
        <source>the experiment is not valid: %1</source>
        <translation>el experimento no es válido: %1</translation>
    </message>
    <message>
        <source>the script could not be rendered</source>
        <translation>no se pudo generar el script</translation>
    </message>
    <message>
        <source>/files/upload/%1: %2 not found in %3</source>
        <translation>/files/upload/%1: no se encontró %2 en %3</translation>
    </message>
    <message>
        <source>Put the file beside the experiment, or remove it from the list of files to upload.</source>
        <translation>Coloque el archivo junto al experimento o quítelo de la lista de archivos que se suben.</translation>
    </message>
    <message>
        <source>cannot create the run folder %1 on %2: %3</source>
        <translation>no se puede crear la carpeta de la ejecución %1 en %2: %3</translation>
    </message>
    <message>
        <source>uploading %1 failed: %2</source>
        <translation>falló la subida de %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>no se puede escribir %1 en %2: %3</translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation>sbatch rechazó el trabajo: %1</translation>
    </message>
    <message>
        <source>Arrays already submitted: %1.</source>
        <translation>Job arrays ya enviados: %1.</translation>
    </message>
    <message>
        <source>squeue failed: %1</source>
        <translation>squeue falló: %1</translation>
    </message>
    <message>
        <source>sacct failed: %1</source>
        <translation>sacct falló: %1</translation>
    </message>
    <message>
        <source>scancel %1 failed: %2</source>
        <translation>scancel %1 falló: %2</translation>
    </message>
    <message>
        <source>requeue of %1 refused: %2</source>
        <translation>se rechazó volver a encolar %1: %2</translation>
    </message>
    <message>
        <source>the log of job %1 cannot be found: Slurm no longer knows the job and it was not submitted from here</source>
        <translation>no se encuentra el log del trabajo %1: Slurm ya no conoce el trabajo y no se envió desde aquí</translation>
    </message>
    <message>
        <source>sshare failed: %1</source>
        <translation>sshare falló: %1</translation>
    </message>
    <message>
        <source>the budget tool %1 gave no readable answer: %2</source>
        <translation>la herramienta de presupuesto %1 no dio una respuesta legible: %2</translation>
    </message>
    <message>
        <source>sinfo failed: %1</source>
        <translation>sinfo falló: %1</translation>
    </message>
    <message>
        <source>the partition &quot;%1&quot; does not exist on %2</source>
        <translation>la partición &quot;%1&quot; no existe en %2</translation>
    </message>
    <message>
        <source>Partitions here: %1.</source>
        <translation>Particiones disponibles: %1.</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is not yours on %2: %3</source>
        <translation>la cuenta &quot;%1&quot; no es suya en %2: %3</translation>
    </message>
    <message>
        <source>Accounts you can charge: %1.</source>
        <translation>Cuentas a las que puede cargar: %1.</translation>
    </message>
    <message>
        <source>the accounts could not be checked: %1</source>
        <translation>no se pudieron comprobar las cuentas: %1</translation>
    </message>
    <message>
        <source>no account is set, so the budget cannot be checked</source>
        <translation>no hay ninguna cuenta definida, así que no se puede comprobar el presupuesto</translation>
    </message>
    <message>
        <source>no budget was found for the account &quot;%1&quot;</source>
        <translation>no se encontró ningún presupuesto para la cuenta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Slurm would refuse this job: %1</source>
        <translation>Slurm rechazaría este trabajo: %1</translation>
    </message>
    <message>
        <source>Nothing was submitted. The unfinished copy is %1; submitting again starts a new run folder.</source>
        <translation>No se envió nada. La copia sin terminar es %1; si vuelve a enviar, se crea una carpeta de ejecución nueva.</translation>
    </message>
    <message numerus="yes">
        <source>The link dropped %n time(s) while %1 was uploaded; the upload went on where it stopped.</source>
        <translation>
            <numerusform>La conexión se cortó %n vez mientras se subía %1; la subida continuó donde se había detenido.</numerusform>
            <numerusform>La conexión se cortó %n veces mientras se subía %1; la subida continuó donde se había detenido.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot put %1 in place on %2: %3</source>
        <translation>no se puede colocar %1 en su sitio en %2: %3</translation>
    </message>
    <message>
        <source>not submitted: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message>
        <source>The link dropped while sbatch ran; its answer (job %1) was read back from the run folder, so the job was submitted once.</source>
        <translation>La conexión se cortó mientras se ejecutaba sbatch; su respuesta (trabajo %1) se recuperó de la carpeta de la ejecución, así que el trabajo se envió una sola vez.</translation>
    </message>
    <message>
        <source>it is not known whether %1 was submitted: sbatch&apos;s answer was lost (%2), and no job carrying its token was found. It was not sent again.</source>
        <translation>no se sabe si %1 se envió: la respuesta de sbatch se perdió (%2) y no se encontró ningún trabajo con su token. No se volvió a enviar.</translation>
    </message>
    <message>
        <source>Fabbrica looks for it again when the connection is back; squeue and sacct show it with the comment %1.</source>
        <translation>Fabbrica lo buscará de nuevo cuando vuelva la conexión; squeue y sacct lo muestran con el comentario %1.</translation>
    </message>
    <message>
        <source>The answer of sbatch was lost; job %1 was found by its token, so it was not submitted again.</source>
        <translation>La respuesta de sbatch se perdió; el trabajo %1 se encontró por su token, así que no se volvió a enviar.</translation>
    </message>
    <message>
        <source>%1 was not submitted: Fabbrica stopped before sending it to Slurm</source>
        <translation>%1 no se envió: Fabbrica se detuvo antes de mandarlo a Slurm</translation>
    </message>
    <message>
        <source>it is still not known whether %1 was submitted: %2</source>
        <translation>todavía no se sabe si %1 se envió: %2</translation>
    </message>
    <message>
        <source>Fabbrica looks again later; squeue and sacct show the job with the comment %1.</source>
        <translation>Fabbrica volverá a buscarlo más tarde; squeue y sacct muestran el trabajo con el comentario %1.</translation>
    </message>
    <message>
        <source>%1 was not submitted: no job carries its token</source>
        <translation>%1 no se envió: ningún trabajo lleva su token</translation>
    </message>
    <message>
        <source>%1 was submitted only in part (jobs %2); the rest never reached Slurm</source>
        <translation>%1 solo se envió en parte (trabajos %2); el resto nunca llegó a Slurm</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Subiendo %1</translation>
    </message>
    <message>
        <source>Writing the job script</source>
        <translation>Escribiendo el script del trabajo</translation>
    </message>
    <message>
        <source>cancelled before anything was sent to Slurm; nothing was submitted</source>
        <translation>cancelado antes de enviar nada a Slurm; no se envió nada</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n of %1 arrays were submitted</source>
        <translation>
            <numerusform>cancelado después de enviar %n de %1 arrays</numerusform>
            <numerusform>cancelado después de enviar %n de %1 arrays</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting to Slurm</source>
        <translation>Enviando a Slurm</translation>
    </message>
    <message>
        <source>Submitting array %1 of %2</source>
        <translation>Enviando el array %1 de %2</translation>
    </message>
</context>
<context>
    <name>fab::SshConfig</name>
    <message>
        <source>unterminated quote</source>
        <translation>comilla sin cerrar</translation>
    </message>
    <message>
        <source>too many jump hosts (%1); at most 16</source>
        <translation>demasiados hosts de salto (%1); como máximo 16</translation>
    </message>
    <message>
        <source>empty jump host in &quot;%1&quot;</source>
        <translation>host de salto vacío en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid user name in jump host &quot;%1&quot;</source>
        <translation>nombre de usuario no válido en el host de salto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; in jump host &quot;%1&quot;</source>
        <translation>falta &apos;]&apos; en el host de salto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in jump host &quot;%1&quot;</source>
        <translation>texto inesperado después de &apos;]&apos; en el host de salto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid host name in jump host &quot;%1&quot;</source>
        <translation>nombre de host no válido en el host de salto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; in jump host; use 1–65535</source>
        <translation>puerto &quot;%1&quot; no válido en el host de salto; use 1–65535</translation>
    </message>
    <message>
        <source>%1: larger than 4 MB; the rest is ignored</source>
        <translation>%1: ocupa más de 4 MB; se ignora el resto</translation>
    </message>
    <message>
        <source>%1: line longer than 64 kB ignored</source>
        <translation>%1: se ignora una línea de más de 64 kB</translation>
    </message>
    <message>
        <source>%1: Host without a pattern never matches</source>
        <translation>%1: un Host sin patrón nunca coincide</translation>
    </message>
    <message>
        <source>%1: Match %2 is not supported; the block is skipped</source>
        <translation>%1: Match %2 no se admite; se omite el bloque</translation>
    </message>
    <message>
        <source>%1: Include nested more than %2 deep ignored</source>
        <translation>%1: se ignoran los Include anidados a más de %2 niveles</translation>
    </message>
    <message>
        <source>%1: more than %2 included files; the rest are ignored</source>
        <translation>%1: más de %2 archivos incluidos; se ignora el resto</translation>
    </message>
    <message>
        <source>%1: too many lines; the rest is ignored</source>
        <translation>%1: demasiadas líneas; se ignora el resto</translation>
    </message>
    <message>
        <source>%1: ProxyCommand is not used by Fabbrica; use ProxyJump</source>
        <translation>%1: Fabbrica no usa ProxyCommand; use ProxyJump</translation>
    </message>
</context>
<context>
    <name>fab::Submission</name>
    <message>
        <source>not submitted: the history cannot be written (%1)</source>
        <translation>no enviado: no se puede escribir el historial (%1)</translation>
    </message>
    <message>
        <source>The job was submitted, but the history could not record it: %1</source>
        <translation>El trabajo se envió, pero el historial no pudo registrarlo: %1</translation>
    </message>
    <message>
        <source>the history cannot be written (%1)</source>
        <translation>no se puede escribir el historial (%1)</translation>
    </message>
    <message>
        <source>%1 was not submitted: Fabbrica stopped before sending it to Slurm</source>
        <translation>%1 no se envió: Fabbrica se detuvo antes de mandarlo a Slurm</translation>
    </message>
    <message>
        <source>%1 had been submitted after all, as job %2; its answer had been lost on the way.</source>
        <translation>%1 sí se había enviado, como trabajo %2; su respuesta se había perdido por el camino.</translation>
    </message>
</context>
<context>
    <name>fab::Sweep</name>
    <message>
        <source>has no axes; add one such as &quot;lr&quot;: [1e-4, 3e-4]</source>
        <translation>no tiene ejes; añada uno, como &quot;lr&quot;: [1e-4, 3e-4]</translation>
    </message>
    <message>
        <source>must be a non-empty list of values</source>
        <translation>debe ser una lista de valores no vacía</translation>
    </message>
    <message>
        <source>must be at least 1 for a random sweep</source>
        <translation>debe ser como mínimo 1 en un barrido aleatorio</translation>
    </message>
    <message>
        <source>have more than %1 combinations; a random sweep draws from at most that many</source>
        <translation>tienen más de %1 combinaciones; un barrido aleatorio extrae como máximo de esa cantidad</translation>
    </message>
    <message>
        <source>asks for %1 different combinations but the axes have only %2; lower it or use &quot;mode&quot;: &quot;grid&quot;</source>
        <translation>pide %1 combinaciones distintas, pero los ejes solo tienen %2; redúzcalo o use &quot;mode&quot;: &quot;grid&quot;</translation>
    </message>
    <message>
        <source>make more than %1 tasks; split the sweep or use &quot;mode&quot;: &quot;random&quot; with fewer samples</source>
        <translation>generan más de %1 tareas; divida el barrido o use &quot;mode&quot;: &quot;random&quot; con menos muestras</translation>
    </message>
</context>
<context>
    <name>fab::WorkshopBundle</name>
    <message>
        <source>must be a list of files, got %1</source>
        <translation>debe ser una lista de archivos; se encontró %1</translation>
    </message>
    <message>
        <source>must be an object with &quot;path&quot; and &quot;base64&quot; text</source>
        <translation>debe ser un objeto con los textos &quot;path&quot; y &quot;base64&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe relative path (no leading /, no .., no \ or :)</source>
        <translation>&quot;%1&quot; no es una ruta relativa segura (sin / al principio, sin .., sin \ ni :)</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>no es base64 válido</translation>
    </message>
    <message>
        <source>the bundle is %1 MB; Fabbrica opens bundles up to %2 MB</source>
        <translation>el paquete ocupa %1 MB; Fabbrica abre paquetes de hasta %2 MB</translation>
    </message>
    <message>
        <source>is not a workshop bundle (expected a JSON object)</source>
        <translation>no es un paquete de taller (se esperaba un objeto JSON)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, got %2 (a bundle from a newer Fabbrica? Update Fabbrica.)</source>
        <translation>debe ser &quot;%1&quot;; se encontró %2 (¿un paquete de una versión más reciente de Fabbrica? Actualice Fabbrica.)</translation>
    </message>
    <message>
        <source>is missing; a bundle needs a title</source>
        <translation>falta; un paquete necesita un título</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Slurm reservation name (letters, digits, _ . -)</source>
        <translation>&quot;%1&quot; no es un nombre de reserva de Slurm (letras, dígitos, _ . -)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>&quot;this-computer&quot; is built in</source>
        <translation>&quot;this-computer&quot; es un perfil integrado</translation>
    </message>
    <message>
        <source>must be an object with an &quot;experiment&quot;</source>
        <translation>debe ser un objeto con un &quot;experiment&quot;</translation>
    </message>
    <message>
        <source>the bundle holds %1 files; at most %2 are allowed</source>
        <translation>el paquete contiene %1 archivos; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>%1 not found beside the experiment</source>
        <translation>no se encontró %1 junto al experimento</translation>
    </message>
    <message>
        <source>the files of %1 are %2 MB together; a bundle holds at most %3 MB. Put large data sets on the cluster instead.</source>
        <translation>los archivos de %1 ocupan %2 MB en total; un paquete contiene como máximo %3 MB. Coloque los conjuntos de datos grandes en el clúster.</translation>
    </message>
    <message>
        <source>refused to write %1 outside %2</source>
        <translation>se rechazó escribir %1 fuera de %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
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
Motor local: %3</translation>
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
        <translation>Dónde ejecutar</translation>
    </message>
    <message>
        <source>Cluster profiles</source>
        <translation>Perfiles de clúster</translation>
    </message>
    <message>
        <source>Add a cluster by saving its profile in %1</source>
        <translation>Para añadir un clúster, guarde su perfil en %1</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>&amp;Experimentos</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Métricas</translation>
    </message>
    <message>
        <source>&amp;Allocations</source>
        <translation>&amp;Asignaciones</translation>
    </message>
    <message>
        <source>&amp;Local runs</source>
        <translation>Ejecuciones &amp;locales</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>&amp;Abrir experimento…</translation>
    </message>
    <message>
        <source>&amp;Reload profiles</source>
        <translation>&amp;Recargar perfiles</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Fabbrica</source>
        <translation>&amp;Acerca de Fabbrica</translation>
    </message>
    <message>
        <source>About Fabbrica</source>
        <translation>Acerca de Fabbrica</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Europe&apos;s AI Factories: browse allocations, edit experiments, submit to Slurm over SSH, watch training live, and fine-tune locally first.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo de escritorio para las AI Factories de Europa: consulte asignaciones, edite experimentos, envíelos a Slurm por SSH, siga el entrenamiento en directo y haga antes fine-tuning en local.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Profile cannot be read</source>
        <translation>No se puede leer el perfil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This computer has no budget to spend: experiments run on your own machine, for free. Pick a cluster on the left to see its projects&apos; GPU- and CPU-hours.</source>
        <translation>Este ordenador no tiene presupuesto que gastar: los experimentos se ejecutan en su propia máquina, de forma gratuita. Elija un clúster a la izquierda para ver las horas de GPU y de CPU de sus proyectos.</translation>
    </message>
    <message>
        <source>%1 — Fabbrica</source>
        <translation>%1 — Fabbrica</translation>
    </message>
    <message>
        <source>&amp;Submit experiment</source>
        <translation>&amp;Enviar experimento</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Submit experiment</source>
        <translation>Enviar experimento</translation>
    </message>
    <message>
        <source>Open a valid experiment first (File ▸ Open experiment…).</source>
        <translation>Abra primero un experimento válido (Archivo ▸ Abrir experimento…).</translation>
    </message>
    <message>
        <source>Submitting %1 to %2…</source>
        <translation>Enviando %1 a %2…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Submitted as job %1 (%n task(s)); files in %2</source>
        <translation>
            <numerusform>Enviado como trabajo %1 (%n tarea); archivos en %2</numerusform>
            <numerusform>Enviado como trabajo %1 (%n tareas); archivos en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Local run %1 finished</source>
        <translation>La ejecución local %1 ha terminado</translation>
    </message>
    <message>
        <source>Local run %1 ended: %2</source>
        <translation>La ejecución local %1 ha finalizado: %2</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Clúster</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Open the SSH connection of the selected cluster (Fabbrica never connects on its own)</source>
        <translation>Abrir la conexión SSH del clúster seleccionado (Fabbrica nunca se conecta por su cuenta)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>Budgets of %1 appear here once Fabbrica is connected (Cluster ▸ Connect): granted, used and left per project, and when the budget runs out at the current pace.</source>
        <translation>Los presupuestos de %1 aparecen aquí cuando Fabbrica está conectado (Clúster ▸ Conectar): concedido, usado y restante por proyecto, y cuándo se agota el presupuesto al ritmo actual.</translation>
    </message>
    <message>
        <source>Pick where to run it on the left first.</source>
        <translation>Elija primero a la izquierda dónde ejecutarlo.</translation>
    </message>
    <message>
        <source>Connect to %1 first: Fabbrica needs its SSH connection to check the budget and submit.</source>
        <translation>Conéctese primero a %1: Fabbrica necesita su conexión SSH para comprobar el presupuesto y enviar.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Checking the cost of %1 on %2…</source>
        <translation>Comprobando el coste de %1 en %2…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cost:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Budget:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Coste:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Presupuesto:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expected start:&lt;/b&gt; %1 (Slurm&apos;s estimate)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Inicio previsto:&lt;/b&gt; %1 (estimación de Slurm)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot submit to %1</source>
        <translation>No se puede enviar a %1</translation>
    </message>
    <message>
        <source>Submit %1 to %2?</source>
        <translation>¿Enviar %1 a %2?</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Job %1 (%2) on %3 ended: %4</source>
        <translation>El trabajo %1 (%2) en %3 ha finalizado: %4</translation>
    </message>
    <message>
        <source>&amp;Import workshop bundle…</source>
        <translation>&amp;Importar paquete de taller…</translation>
    </message>
    <message>
        <source>E&amp;xport workshop bundle…</source>
        <translation>E&amp;xportar paquete de taller…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;Primeros pasos…</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glosario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Fabbrica will use %1 from its next start.</source>
        <translation>Fabbrica usará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Open workshop bundle</source>
        <translation>Abrir paquete de taller</translation>
    </message>
    <message>
        <source>Workshop bundles (*.fabbrica)</source>
        <translation>Paquetes de taller (*.fabbrica)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Not a usable workshop bundle</source>
        <translation>Paquete de taller no utilizable</translation>
    </message>
    <message>
        <source>%1 cannot be opened:</source>
        <translation>No se puede abrir %1:</translation>
    </message>
    <message>
        <source>cluster profile %1 (%2)</source>
        <translation>perfil de clúster %1 (%2)</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>experimento %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s)</source>
        <translation>
            <numerusform>%n archivo de datos</numerusform>
            <numerusform>%n archivos de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It adds:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Añade:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its experiments use the reservation &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sus experimentos usan la reserva &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing you have is replaced. You sign in with your own user name and key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se sustituye nada de lo que ya tiene. Inicia sesión con su propio nombre de usuario y su propia clave.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add workshop bundle?</source>
        <translation>¿Añadir el paquete de taller?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Bundle partly added</source>
        <translation>Paquete añadido en parte</translation>
    </message>
    <message numerus="yes">
        <source>Workshop added: %n experiment(s) in %1</source>
        <translation>
            <numerusform>Taller añadido: %n experimento en %1</numerusform>
            <numerusform>Taller añadido: %n experimentos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workshop bundle</source>
        <translation>Exportar paquete de taller</translation>
    </message>
    <message>
        <source>e.g. Fine-tuning on Leonardo — Bologna, 12 March</source>
        <translation>p. ej. Fine-tuning en Leonardo — Bolonia, 12 de marzo</translation>
    </message>
    <message>
        <source>the Slurm reservation the centre gave you (optional)</source>
        <translation>la reserva de Slurm que le dio el centro (opcional)</translation>
    </message>
    <message>
        <source>No experiment is open</source>
        <translation>No hay ningún experimento abierto</translation>
    </message>
    <message>
        <source>Include %1 and its files</source>
        <translation>Incluir %1 y sus archivos</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Reservation</source>
        <translation>&amp;Reserva</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>Profiles go without your user name, key or any password: each participant signs in as themselves.</source>
        <translation>Los perfiles se exportan sin su nombre de usuario, su clave ni ninguna contraseña: cada participante inicia sesión con sus propios datos.</translation>
    </message>
    <message>
        <source>Give the bundle a title: participants see it first.</source>
        <translation>Ponga un título al paquete: es lo primero que ven los participantes.</translation>
    </message>
    <message>
        <source>Save workshop bundle</source>
        <translation>Guardar paquete de taller</translation>
    </message>
    <message>
        <source>Bundle not saved</source>
        <translation>Paquete no guardado</translation>
    </message>
    <message>
        <source>Workshop bundle saved: %1</source>
        <translation>Paquete de taller guardado: %1</translation>
    </message>
    <message>
        <source>Profile saved. Cluster ▸ Connect (Ctrl+Shift+C) opens the connection.</source>
        <translation>Perfil guardado. Clúster ▸ Conectar (Ctrl+Shift+C) abre la conexión.</translation>
    </message>
    <message>
        <source>Preparing the sample experiment…</source>
        <translation>Preparando el experimento de ejemplo…</translation>
    </message>
    <message>
        <source>Sample not prepared</source>
        <translation>Ejemplo no preparado</translation>
    </message>
    <message>
        <source>Its files exist already.</source>
        <translation>Sus archivos ya existen.</translation>
    </message>
    <message>
        <source>Interrupted submissions</source>
        <translation>Envíos interrumpidos</translation>
    </message>
    <message numerus="yes">
        <source>Fabbrica looked up %n submission(s) to %1 that had been interrupted (the connection dropped, or Fabbrica stopped, while it was being sent). Nothing was submitted twice.</source>
        <translation>
            <numerusform>Fabbrica comprobó %n envío a %1 que se había interrumpido (la conexión se cortó, o Fabbrica se cerró, mientras se enviaba). Nada se envió dos veces.</numerusform>
            <numerusform>Fabbrica comprobó %n envíos a %1 que se habían interrumpido (la conexión se cortó, o Fabbrica se cerró, mientras se enviaban). Nada se envió dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission uncertain</source>
        <translation>Envío incierto</translation>
    </message>
    <message>
        <source>Submission progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this submission: nothing more is sent to the cluster.</source>
        <translation>Detener este envío: no se envía nada más al clúster.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
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
        <translation>Uso: fabbrica [ARCHIVO…]          abre la aplicación de escritorio (con archivos de experimento)
     fabbrica COMANDO [OPCIONES]

Comandos:
  validate ARCHIVO…            comprueba archivos de experimento; cada problema se muestra como
        [--upgrade]            &quot;ARCHIVO: /ruta/json: qué está mal&quot; (código de salida 2 si alguno no
                               es válido); --upgrade reescribe en el esquema actual los archivos de
                               un esquema anterior
  profiles [--json]            lista los perfiles de clúster (Este ordenador y
                               &lt;config&gt;/profiles/*.json)
  --version                    muestra la versión, Qt, libssh y el dispositivo del motor local
  --help                       muestra esta ayuda

Entorno:
  FABBRICA_CONFIG_DIR          usa esta carpeta en lugar de la carpeta de configuración de la
                               plataforma
  FABBRICA_DATA_DIR            usa esta carpeta en lugar de la carpeta de datos de la plataforma

Códigos de salida: 0 éxito, 1 fallo, 2 entrada o uso no válidos.
</translation>
    </message>
    <message>
        <source>fabbrica validate: unknown option %1 (see fabbrica --help)</source>
        <translation>fabbrica validate: opción desconocida %1 (consulte fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica validate: name at least one experiment file, e.g. fabbrica validate experiment.json</source>
        <translation>fabbrica validate: indique al menos un archivo de experimento, p. ej. fabbrica validate experiment.json</translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid (%n problem(s))</source>
        <translation>
            <numerusform>%1: no válido (%n problema)</numerusform>
            <numerusform>%1: no válido (%n problemas)</numerusform>
        </translation>
    </message>
    <message>
        <source> (upgraded to %1)</source>
        <translation> (actualizado a %1)</translation>
    </message>
    <message>
        <source> (older schema; run with --upgrade to rewrite it)</source>
        <translation> (esquema anterior; ejecute con --upgrade para reescribirlo)</translation>
    </message>
    <message>
        <source>%1: valid experiment &quot;%2&quot;%3</source>
        <translation>%1: experimento válido &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>fabbrica profiles: unknown argument %1 (see fabbrica --help)</source>
        <translation>fabbrica profiles: argumento desconocido %1 (consulte fabbrica --help)</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>aviso: %1: %2</translation>
    </message>
    <message>
        <source>local processes</source>
        <translation>procesos locales</translation>
    </message>
    <message>
        <source>fabbrica: unknown command &quot;%1&quot; (see fabbrica --help)</source>
        <translation>fabbrica: comando desconocido &quot;%1&quot; (consulte fabbrica --help)</translation>
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
        <translation>  check --profile NOMBRE       se conecta con un perfil y muestra la huella de la clave de host, el
        [--accept-new-host-key] método de login, el usuario remoto y `sinfo --version`; los secretos
        [--timeout SEGUNDOS]   se piden en el terminal (una línea cada uno desde stdin si no es un
                               terminal); una clave de host desconocida se rechaza salvo con
                               --accept-new-host-key, y una que ha cambiado, siempre
</translation>
    </message>
    <message>
        <source>fabbrica check: --timeout takes a number of seconds, got %1</source>
        <translation>fabbrica check: --timeout espera un número de segundos; se encontró %1</translation>
    </message>
    <message>
        <source>fabbrica check: unknown argument %1 (see fabbrica --help)</source>
        <translation>fabbrica check: argumento desconocido %1 (consulte fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica check: name a profile, e.g. fabbrica check --profile leonardo (fabbrica profiles lists them)</source>
        <translation>fabbrica check: indique un perfil, p. ej. fabbrica check --profile leonardo (fabbrica profiles los lista)</translation>
    </message>
    <message>
        <source>fabbrica check: no profile named &quot;%1&quot; in %2 (fabbrica profiles lists them)</source>
        <translation>fabbrica check: no hay ningún perfil llamado &quot;%1&quot; en %2 (fabbrica profiles los lista)</translation>
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
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> a través de %1</translation>
    </message>
    <message>
        <source>no answer within %1 s (%2)</source>
        <translation>sin respuesta en %1 s (%2)</translation>
    </message>
    <message>
        <source>fabbrica check: cannot connect with profile &quot;%1&quot;: %2</source>
        <translation>fabbrica check: no se puede conectar con el perfil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Jump host:     %1</source>
        <translation>Host de salto:  %1</translation>
    </message>
    <message>
        <source>Host key:      %1 %2 (%3)</source>
        <translation>Clave de host:  %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Logged in by:  %1</source>
        <translation>Autenticación:  %1</translation>
    </message>
    <message>
        <source>Certificate:   valid for %1 more (until %2)</source>
        <translation>Certificado:    válido aún durante %1 (hasta %2)</translation>
    </message>
    <message>
        <source>fabbrica check: `id -un` failed on %1: %2</source>
        <translation>fabbrica check: `id -un` falló en %1: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Remote user:   %1</source>
        <translation>Usuario remoto: %1</translation>
    </message>
    <message>
        <source>fabbrica check: `sinfo --version` did not run: %1</source>
        <translation>fabbrica check: `sinfo --version` no se ejecutó: %1</translation>
    </message>
    <message>
        <source>fabbrica check: `sinfo --version` failed (exit %1): %2 — is Slurm in the login shell&apos;s PATH on %3?</source>
        <translation>fabbrica check: `sinfo --version` falló (código de salida %1): %2 — ¿está Slurm en el PATH del shell de login en %3?</translation>
    </message>
    <message>
        <source>Slurm:         %1</source>
        <translation>Slurm:          %1</translation>
    </message>
    <message>
        <source>OK: profile &quot;%1&quot; works.</source>
        <translation>OK: el perfil &quot;%1&quot; funciona.</translation>
    </message>
    <message>
        <source>fabbrica metrics: no job %1 on This computer</source>
        <translation>fabbrica metrics: no hay ningún trabajo %1 en Este ordenador</translation>
    </message>
    <message>
        <source>fabbrica metrics: job %1 has written no metrics (yet)</source>
        <translation>fabbrica metrics: el trabajo %1 no ha escrito métricas (todavía)</translation>
    </message>
    <message numerus="yes">
        <source>fabbrica metrics: %n line(s) could not be read</source>
        <translation>
            <numerusform>fabbrica metrics: no se pudo leer %n línea</numerusform>
            <numerusform>fabbrica metrics: no se pudieron leer %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>fabbrica metrics: %1</source>
        <translation>fabbrica metrics: %1</translation>
    </message>
    <message>
        <source>fabbrica metrics: no stored metrics for job %1 of %2; open the job in Fabbrica while it runs to stream them</source>
        <translation>fabbrica metrics: no hay métricas guardadas del trabajo %1 de %2; abra el trabajo en Fabbrica mientras se ejecuta para recibirlas</translation>
    </message>
    <message>
        <source>fabbrica metrics: --follow reads live files on This computer only; printing the points stored so far</source>
        <translation>fabbrica metrics: --follow solo lee archivos en directo en Este ordenador; se muestran los puntos guardados hasta ahora</translation>
    </message>
    <message>
        <source>fabbrica metrics: %1 was still running when last seen</source>
        <translation>fabbrica metrics: %1 seguía en ejecución la última vez que se consultó</translation>
    </message>
    <message>
        <source>  metrics JOBID --profile NAME [--follow] [--json]
                               print a job&apos;s training metrics, one point per line
</source>
        <translation>  metrics JOBID --profile NOMBRE [--follow] [--json]
                               muestra las métricas de entrenamiento de un trabajo, un punto por
                               línea
</translation>
    </message>
    <message>
        <source>fabbrica metrics: unexpected argument %1 (see fabbrica --help)</source>
        <translation>fabbrica metrics: argumento inesperado %1 (consulte fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica metrics: which job? (fabbrica metrics JOBID --profile NAME)</source>
        <translation>fabbrica metrics: ¿qué trabajo? (fabbrica metrics JOBID --profile NOMBRE)</translation>
    </message>
    <message>
        <source>fabbrica %1: no profile named &quot;%2&quot; in %3 (fabbrica profiles lists them)</source>
        <translation>fabbrica %1: no hay ningún perfil llamado &quot;%2&quot; en %3 (fabbrica profiles los lista)</translation>
    </message>
    <message>
        <source>fabbrica %1: %2</source>
        <translation>fabbrica %1: %2</translation>
    </message>
    <message>
        <source>fabbrica %1: cannot connect with profile &quot;%2&quot;: %3</source>
        <translation>fabbrica %1: no se puede conectar con el perfil &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>fabbrica jobs: no answer from %1</source>
        <translation>fabbrica jobs: sin respuesta de %1</translation>
    </message>
    <message>
        <source>fabbrica jobs: %1</source>
        <translation>fabbrica jobs: %1</translation>
    </message>
    <message numerus="yes">
        <source>note: %n line(s) of the scheduler&apos;s answer could not be read</source>
        <translation>
            <numerusform>nota: no se pudo leer %n línea de la respuesta del planificador</numerusform>
            <numerusform>nota: no se pudieron leer %n líneas de la respuesta del planificador</numerusform>
        </translation>
    </message>
    <message>
        <source>JOBID</source>
        <translation>JOBID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>ELAPSED</source>
        <translation>TRANSCURRIDO</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>NODOS</translation>
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
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIDAD</translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation>CONCEDIDO</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>USADO</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>RESTANTE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>fabbrica partitions: %1</source>
        <translation>fabbrica partitions: %1</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTICIÓN</translation>
    </message>
    <message>
        <source>IDLE/NODES</source>
        <translation>LIBRES/NODOS</translation>
    </message>
    <message>
        <source>GPUS/NODE</source>
        <translation>GPU/NODO</translation>
    </message>
    <message>
        <source>FREE GPUS</source>
        <translation>GPU LIBRES</translation>
    </message>
    <message>
        <source>MAX TIME</source>
        <translation>TIEMPO MÁXIMO</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>%1 cancelado</translation>
    </message>
    <message>
        <source>fabbrica cancel: %1</source>
        <translation>fabbrica cancel: %1</translation>
    </message>
    <message>
        <source>fabbrica %1: %2 is not a valid experiment</source>
        <translation>fabbrica %1: %2 no es un experimento válido</translation>
    </message>
    <message>
        <source>fabbrica submit: no answer from %1</source>
        <translation>fabbrica submit: sin respuesta de %1</translation>
    </message>
    <message>
        <source>Cost:     %1</source>
        <translation>Coste:       %1</translation>
    </message>
    <message>
        <source>Budget:   %1</source>
        <translation>Presupuesto: %1</translation>
    </message>
    <message>
        <source>Starts:   about %1 (sbatch --test-only)</source>
        <translation>Inicio:      aprox. %1 (sbatch --test-only)</translation>
    </message>
    <message>
        <source>fabbrica submit: %1</source>
        <translation>fabbrica submit: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was submitted.</source>
        <translation>Simulación (dry run): no se ha enviado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) in %1</source>
        <translation>
            <numerusform>%n tarea en %1</numerusform>
            <numerusform>%n tareas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>fabbrica script: name one experiment file</source>
        <translation>fabbrica script: indique un archivo de experimento</translation>
    </message>
    <message>
        <source>fabbrica script: no usable profile named &quot;%1&quot;</source>
        <translation>fabbrica script: no hay ningún perfil utilizable llamado &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>note: the parameter table %1 (%n task(s)) is uploaded beside the script</source>
        <translation>
            <numerusform>nota: la tabla de parámetros %1 (%n tarea) se sube junto al script</numerusform>
            <numerusform>nota: la tabla de parámetros %1 (%n tareas) se sube junto al script</numerusform>
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
        <translation>  script ARCHIVO               muestra el script batch que enviaría el experimento
        [--profile NOMBRE]
  submit ARCHIVO               estima el coste, comprueba la cuenta y envía; muestra los ID de
        --profile NOMBRE       trabajo. --dry-run se detiene antes de sbatch
        [--dry-run] [--json]
  jobs --profile NOMBRE        sus trabajos (o estos), con los motivos de espera en lenguaje claro
        [JOBID…] [--json]
  cancel JOBID…                cancela trabajos
        --profile NOMBRE
  allocations --profile NOMBRE presupuestos: concedido, usado, restante (lo desconocido sigue siendo
        [--json]               desconocido)
  partitions --profile NOMBRE  particiones con GPU por nodo, GPU libres y límites de tiempo
        [--json]
  (--profile this-computer, el valor predeterminado, ejecuta los experimentos en este ordenador)
</translation>
    </message>
    <message>
        <source>fabbrica %1: unknown option %2 (see fabbrica --help)</source>
        <translation>fabbrica %1: opción desconocida %2 (consulte fabbrica --help)</translation>
    </message>
    <message>
        <source>fabbrica submit: name one experiment file, e.g. fabbrica submit sweep.json --profile leonardo</source>
        <translation>fabbrica submit: indique un archivo de experimento, p. ej. fabbrica submit sweep.json --profile leonardo</translation>
    </message>
    <message>
        <source>fabbrica cancel: name the job id(s) to cancel</source>
        <translation>fabbrica cancel: indique los ID de los trabajos que se van a cancelar</translation>
    </message>
    <message>
        <source>fabbrica bundle create: %1 needs a value</source>
        <translation>fabbrica bundle create: %1 necesita un valor</translation>
    </message>
    <message>
        <source>fabbrica bundle create: no profile named &quot;%1&quot;</source>
        <translation>fabbrica bundle create: no hay ningún perfil llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fabbrica bundle create: unexpected &quot;%1&quot;</source>
        <translation>fabbrica bundle create: &quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <source>fabbrica bundle create: give the output file and --title</source>
        <translation>fabbrica bundle create: indique el archivo de salida y --title</translation>
    </message>
    <message>
        <source>%1: %2 profile(s), %3 experiment(s), %4 data file(s), %5 KB</source>
        <translation>%1: %2 perfil(es), %3 experimento(s), %4 archivo(s) de datos, %5 KB</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <source>Reservation: %1</source>
        <translation>Reserva: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Perfil: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Experiment: %1 (%n file(s))</source>
        <translation>
            <numerusform>Experimento: %1 (%n archivo)</numerusform>
            <numerusform>Experimento: %1 (%n archivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data: %1 (%2 bytes)</source>
        <translation>Datos: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>profile %1 added</source>
        <translation>perfil %1 añadido</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>experimento %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>datos %1</translation>
    </message>
    <message>
        <source>  bundle create OUT.fabbrica --title TEXT [--description TEXT] [--reservation NAME]
                [--profile NAME]... [--experiment FILE]... [--data FILE]...
                                 make a workshop bundle (profiles carry no user, key or secret)
  bundle show FILE.fabbrica      what a bundle holds
  bundle import FILE.fabbrica    add its profiles and experiments (nothing is overwritten)
</source>
        <translation>  bundle create SALIDA.fabbrica --title TEXTO [--description TEXTO] [--reservation NOMBRE]
                [--profile NOMBRE]... [--experiment ARCHIVO]... [--data ARCHIVO]...
                                 crea un paquete de taller (los perfiles no llevan usuario, clave
                                 ni secreto)
  bundle show ARCHIVO.fabbrica   muestra lo que contiene un paquete
  bundle import ARCHIVO.fabbrica añade sus perfiles y experimentos (no se sobrescribe nada)
</translation>
    </message>
</context>
<context>
    <name>fab::json</name>
    <message>
        <source>not valid JSON at line %1, column %2 (%3)</source>
        <translation>JSON no válido en la línea %1, columna %2 (%3)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3)</source>
        <translation>%1 es demasiado grande (%2 bytes; como máximo %3)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu</name>
    <message>
        <source>no NVIDIA GPU or driver found</source>
        <translation>no se encontró ninguna GPU NVIDIA ni su controlador</translation>
    </message>
    <message>
        <source>the CUDA attention kernel takes heads of up to 128 channels; this model has %1</source>
        <translation>el kernel de atención CUDA admite cabezas de hasta 128 canales; este modelo tiene %1</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Checkpoint</name>
    <message>
        <source>%1 is not a Fabbrica checkpoint</source>
        <translation>%1 no es un checkpoint de Fabbrica</translation>
    </message>
    <message>
        <source>%1 was written for a different model than this run&apos;s (%2)</source>
        <translation>%1 se escribió para un modelo distinto del de esta ejecución (%2)</translation>
    </message>
    <message>
        <source>shapes differ</source>
        <translation>las formas no coinciden</translation>
    </message>
    <message>
        <source>%1: tensor %2 is missing or has the wrong shape</source>
        <translation>%1: falta el tensor %2 o tiene una forma incorrecta</translation>
    </message>
    <message>
        <source>%1: step, rng or data_position in its metadata is not a number</source>
        <translation>%1: step, rng o data_position de sus metadatos no es un número</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Data</name>
    <message>
        <source>sequence length must be at least 1</source>
        <translation>la longitud de secuencia debe ser como mínimo 1</translation>
    </message>
    <message>
        <source>validation fraction must be between 0 and 0.5, got %1</source>
        <translation>la fracción de validación debe estar entre 0 y 0,5; se encontró %1</translation>
    </message>
    <message>
        <source>data file %1 does not exist</source>
        <translation>el archivo de datos %1 no existe</translation>
    </message>
    <message>
        <source>cannot read data file %1: %2</source>
        <translation>no se puede leer el archivo de datos %1: %2</translation>
    </message>
    <message>
        <source>data file %1 is empty</source>
        <translation>el archivo de datos %1 está vacío</translation>
    </message>
    <message>
        <source>unknown data format &quot;%1&quot; (auto, text, jsonl or pairs)</source>
        <translation>formato de datos desconocido &quot;%1&quot; (auto, text, jsonl o pairs)</translation>
    </message>
    <message>
        <source>%1 line %2: not a JSON object</source>
        <translation>%1, línea %2: no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1 line %2: needs string fields &quot;prompt&quot; and &quot;completion&quot; like the lines before it</source>
        <translation>%1, línea %2: necesita los campos de texto &quot;prompt&quot; y &quot;completion&quot;, como las líneas anteriores</translation>
    </message>
    <message>
        <source>%1 line %2: needs a string field &quot;text&quot; (or &quot;prompt&quot; and &quot;completion&quot;)</source>
        <translation>%1, línea %2: necesita un campo de texto &quot;text&quot; (o &quot;prompt&quot; y &quot;completion&quot;)</translation>
    </message>
    <message>
        <source>%1 has no records</source>
        <translation>%1 no tiene registros</translation>
    </message>
    <message>
        <source>%1 gives no training tokens to learn from (%2 tokens in all)</source>
        <translation>%1 no aporta ningún token de entrenamiento del que aprender (%2 tokens en total)</translation>
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
            <numerusform>CPU, %n hilo</numerusform>
            <numerusform>CPU, %n hilos</numerusform>
        </translation>
    </message>
    <message>
        <source>no NVIDIA GPU or driver found</source>
        <translation>no se encontró ninguna GPU NVIDIA ni su controlador</translation>
    </message>
    <message>
        <source>built without CUDA</source>
        <translation>compilado sin CUDA</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Engine</name>
    <message>
        <source>this build of Fabbrica has no CUDA path</source>
        <translation>esta compilación de Fabbrica no tiene soporte para CUDA</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::LocalRuns</name>
    <message>
        <source>the sample dataset is missing from this build</source>
        <translation>falta el conjunto de datos de ejemplo en esta compilación</translation>
    </message>
    <message>
        <source>cannot write the sample dataset into %1: %2</source>
        <translation>no se puede escribir el conjunto de datos de ejemplo en %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Lora</name>
    <message>
        <source>LoRA rank must be between 0 (full fine-tune) and 4096, got %1</source>
        <translation>el rango de LoRA debe estar entre 0 (fine-tuning completo) y 4096; se encontró %1</translation>
    </message>
    <message>
        <source>LoRA alpha must be positive, got %1</source>
        <translation>el alpha de LoRA debe ser positivo; se encontró %1</translation>
    </message>
    <message>
        <source>LoRA dropout must be in [0, 1), got %1</source>
        <translation>el dropout de LoRA debe estar en [0, 1); se encontró %1</translation>
    </message>
    <message>
        <source>LoRA needs at least one target module (c_attn, c_proj, c_fc)</source>
        <translation>LoRA necesita al menos un módulo de destino (c_attn, c_proj, c_fc)</translation>
    </message>
    <message>
        <source>unknown LoRA target module &quot;%1&quot; (use c_attn, c_proj, c_fc)</source>
        <translation>módulo de destino de LoRA desconocido &quot;%1&quot; (use c_attn, c_proj, c_fc)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::ModelConfig</name>
    <message>
        <source>vocabulary size must be between 2 and 1048576, got %1</source>
        <translation>el tamaño del vocabulario debe estar entre 2 y 1048576; se encontró %1</translation>
    </message>
    <message>
        <source>context length must be between 1 and 65536, got %1</source>
        <translation>la longitud de contexto debe estar entre 1 y 65536; se encontró %1</translation>
    </message>
    <message>
        <source>number of layers must be between 1 and 256, got %1</source>
        <translation>el número de capas debe estar entre 1 y 256; se encontró %1</translation>
    </message>
    <message>
        <source>heads and width must be positive (width at most 65536), got %1 heads, width %2</source>
        <translation>las cabezas y la anchura deben ser positivas (anchura como máximo 65536); se encontraron %1 cabezas y anchura %2</translation>
    </message>
    <message>
        <source>width %1 is not a multiple of the number of heads %2</source>
        <translation>la anchura %1 no es múltiplo del número de cabezas %2</translation>
    </message>
    <message>
        <source>layer_norm_epsilon must be between 0 and 1, got %1</source>
        <translation>layer_norm_epsilon debe estar entre 0 y 1; se encontró %1</translation>
    </message>
    <message>
        <source>config.json is not a JSON object</source>
        <translation>config.json no es un objeto JSON</translation>
    </message>
    <message>
        <source>config.json describes a &quot;%1&quot; model; only GPT-2 (model_type &quot;gpt2&quot;) is supported</source>
        <translation>config.json describe un modelo &quot;%1&quot;; solo se admite GPT-2 (model_type &quot;gpt2&quot;)</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;vocab_size&quot;</source>
        <translation>config.json no tiene un entero &quot;vocab_size&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_positions&quot;</source>
        <translation>config.json no tiene un entero &quot;n_positions&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_layer&quot;</source>
        <translation>config.json no tiene un entero &quot;n_layer&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_head&quot;</source>
        <translation>config.json no tiene un entero &quot;n_head&quot;</translation>
    </message>
    <message>
        <source>config.json has no integer &quot;n_embd&quot;</source>
        <translation>config.json no tiene un entero &quot;n_embd&quot;</translation>
    </message>
    <message>
        <source>config.json uses activation &quot;%1&quot;; this engine implements GPT-2&apos;s tanh GELU (gelu_new)</source>
        <translation>config.json usa la activación &quot;%1&quot;; este motor implementa la GELU tanh de GPT-2 (gelu_new)</translation>
    </message>
    <message>
        <source>config.json sets n_inner %1; only the GPT-2 MLP of 4 × n_embd is supported</source>
        <translation>config.json fija n_inner en %1; solo se admite el MLP de GPT-2 de 4 × n_embd</translation>
    </message>
    <message>
        <source>config.json unties the output head; GPT-2&apos;s head is tied to wte</source>
        <translation>config.json desvincula la cabeza de salida; en GPT-2 la cabeza está vinculada a wte</translation>
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
        <translation>no es un archivo safetensors: es más corto que la longitud de cabecera de 8 bytes</translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 is out of range</source>
        <translation>no es un archivo safetensors: la longitud de cabecera %1 está fuera de rango</translation>
    </message>
    <message>
        <source>truncated safetensors file: the header needs %1 bytes, the file has %2</source>
        <translation>archivo safetensors truncado: la cabecera necesita %1 bytes y el archivo tiene %2</translation>
    </message>
    <message>
        <source>safetensors header incomplete in memory</source>
        <translation>cabecera safetensors incompleta en memoria</translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object</source>
        <translation>la cabecera safetensors no es un objeto JSON</translation>
    </message>
    <message>
        <source>safetensors __metadata__ is not an object</source>
        <translation>el __metadata__ de safetensors no es un objeto</translation>
    </message>
    <message>
        <source>safetensors __metadata__ value &quot;%1&quot; is not a string</source>
        <translation>el valor &quot;%1&quot; del __metadata__ de safetensors no es una cadena</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: entry is not an object</source>
        <translation>tensor &quot;%1&quot;: la entrada no es un objeto</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: no dtype</source>
        <translation>tensor &quot;%1&quot;: sin dtype</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: shape is not a list of at most 8 dimensions</source>
        <translation>tensor &quot;%1&quot;: la forma no es una lista de como máximo 8 dimensiones</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets is not [begin, end]</source>
        <translation>tensor &quot;%1&quot;: data_offsets no es [inicio, fin]</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: unknown dtype &quot;%2&quot;</source>
        <translation>tensor &quot;%1&quot;: dtype desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: a dimension is not a non-negative integer</source>
        <translation>tensor &quot;%1&quot;: una dimensión no es un entero no negativo</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: shape is larger than the file</source>
        <translation>tensor &quot;%1&quot;: la forma es más grande que el archivo</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets are not non-negative integers</source>
        <translation>tensor &quot;%1&quot;: data_offsets no son enteros no negativos</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data_offsets [%2, %3] fall outside the %4 data bytes</source>
        <translation>tensor &quot;%1&quot;: data_offsets [%2, %3] quedan fuera de los %4 bytes de datos</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 × %3 bytes do not fill data_offsets [%4, %5]</source>
        <translation>tensor &quot;%1&quot;: %2 × %3 bytes no llenan data_offsets [%4, %5]</translation>
    </message>
    <message>
        <source>tensors &quot;%1&quot; and &quot;%2&quot; overlap</source>
        <translation>los tensores &quot;%1&quot; y &quot;%2&quot; se solapan</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; is cut short (file changed while reading?)</source>
        <translation>%1: el tensor &quot;%2&quot; está truncado (¿cambió el archivo durante la lectura?)</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; has dtype %3; weights must be F32, F16, BF16 or F64</source>
        <translation>%1: el tensor &quot;%2&quot; tiene dtype %3; los pesos deben ser F32, F16, BF16 o F64</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::ScaleUp</name>
    <message>
        <source>%1 has no exported model yet (model.safetensors + config.json): finish or resume the local run first</source>
        <translation>%1 aún no tiene ningún modelo exportado (model.safetensors + config.json): termine o reanude primero la ejecución local</translation>
    </message>
    <message>
        <source>the run&apos;s data file %1 is gone</source>
        <translation>el archivo de datos de la ejecución, %1, ya no existe</translation>
    </message>
    <message>
        <source>scale-up needs at least one node and one GPU per node</source>
        <translation>el escalado necesita al menos un nodo y una GPU por nodo</translation>
    </message>
    <message>
        <source>each of the %1 GPUs takes batch × grad_accum sequences per step: the global batch is %1 times the local run&apos;s; lower lr or grad_accum to keep it the same</source>
        <translation>cada una de las %1 GPU procesa batch × grad_accum secuencias por paso: el lote global es %1 veces el de la ejecución local; reduzca lr o grad_accum para mantenerlo igual</translation>
    </message>
    <message>
        <source>the cluster run starts from this run&apos;s exported model (LoRA merged into it)</source>
        <translation>la ejecución en el clúster parte del modelo exportado de esta ejecución (con LoRA fusionado)</translation>
    </message>
    <message>
        <source>cannot write the training script into %1</source>
        <translation>no se puede escribir el script de entrenamiento en %1</translation>
    </message>
    <message>
        <source>cannot put %1 into %2: %3</source>
        <translation>no se puede poner %1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 has AMD GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL) and does not apply there. Use the site&apos;s ROCm PyTorch containers and an experiment of your own instead.</source>
        <translation>%1 tiene GPU AMD: el script de escalado está escrito para GPU NVIDIA (CUDA, NCCL) y no sirve ahí. Use en su lugar los contenedores de PyTorch para ROCm del centro y un experimento propio.</translation>
    </message>
    <message>
        <source>%1 has %2 GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL)</source>
        <translation>%1 tiene GPU %2: el script de escalado está escrito para GPU NVIDIA (CUDA, NCCL)</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Tokenizer</name>
    <message>
        <source>encoder.json is not a JSON object of token → id</source>
        <translation>encoder.json no es un objeto JSON de token → id</translation>
    </message>
    <message>
        <source>encoder.json: the id of &quot;%1&quot; is not a small non-negative integer</source>
        <translation>encoder.json: el id de &quot;%1&quot; no es un entero no negativo pequeño</translation>
    </message>
    <message>
        <source>vocab.bpe line %1 is not &quot;first second&quot;</source>
        <translation>la línea %1 de vocab.bpe no tiene la forma &quot;primero segundo&quot;</translation>
    </message>
    <message>
        <source>vocab.bpe has no merges</source>
        <translation>vocab.bpe no tiene fusiones (merges)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the built-in GPT-2 tokenizer files are missing from this build</source>
        <translation>faltan en esta compilación los archivos del tokenizador GPT-2 integrado</translation>
    </message>
    <message>
        <source>%1 has no GPT-2 tokenizer (encoder.json + vocab.bpe, or vocab.json + merges.txt)</source>
        <translation>%1 no tiene un tokenizador GPT-2 (encoder.json + vocab.bpe, o vocab.json + merges.txt)</translation>
    </message>
    <message>
        <source>unknown tokenizer &quot;%1&quot;: use byte, gpt2 or a folder with encoder.json + vocab.bpe</source>
        <translation>tokenizador desconocido &quot;%1&quot;: use byte, gpt2 o una carpeta con encoder.json + vocab.bpe</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainConfig</name>
    <message>
        <source>the fine-tune settings must be a JSON object</source>
        <translation>la configuración del fine-tuning debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 debe ser un entero</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 debe ser una cadena</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>parámetro desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>model must be an object {layers, heads, width, context}</source>
        <translation>model debe ser un objeto {layers, heads, width, context}</translation>
    </message>
    <message>
        <source>lora must be an object {rank, alpha, dropout, targets}</source>
        <translation>lora debe ser un objeto {rank, alpha, dropout, targets}</translation>
    </message>
    <message>
        <source>lora.targets must be a list such as [&quot;c_attn&quot;, &quot;c_proj&quot;, &quot;c_fc&quot;]</source>
        <translation>lora.targets debe ser una lista como [&quot;c_attn&quot;, &quot;c_proj&quot;, &quot;c_fc&quot;]</translation>
    </message>
    <message>
        <source>lora.targets must hold strings</source>
        <translation>lora.targets debe contener cadenas</translation>
    </message>
    <message>
        <source>seed must be an integer</source>
        <translation>seed debe ser un entero</translation>
    </message>
    <message>
        <source>no training data: give a text or JSONL file (--data FILE)</source>
        <translation>no hay datos de entrenamiento: indique un archivo de texto o JSONL (--data ARCHIVO)</translation>
    </message>
    <message>
        <source>no run folder: give one with --out DIR</source>
        <translation>no hay carpeta de ejecución: indique una con --out DIR</translation>
    </message>
    <message>
        <source>steps must be at least 1, got %1</source>
        <translation>steps debe ser como mínimo 1; se encontró %1</translation>
    </message>
    <message>
        <source>batch and grad_accum must be at least 1, got %1 and %2</source>
        <translation>batch y grad_accum deben ser como mínimo 1; se encontraron %1 y %2</translation>
    </message>
    <message>
        <source>seq must be between 2 and 65536, got %1</source>
        <translation>seq debe estar entre 2 y 65536; se encontró %1</translation>
    </message>
    <message>
        <source>lr must be positive and below 10, got %1</source>
        <translation>lr debe ser positivo y menor que 10; se encontró %1</translation>
    </message>
    <message>
        <source>min_lr_ratio must be in [0, 1], got %1</source>
        <translation>min_lr_ratio debe estar en [0, 1]; se encontró %1</translation>
    </message>
    <message>
        <source>warmup must be 0 or more steps</source>
        <translation>warmup debe ser de 0 o más pasos</translation>
    </message>
    <message>
        <source>AdamW needs weight_decay &gt;= 0, beta1 and beta2 in [0, 1), eps &gt; 0</source>
        <translation>AdamW necesita weight_decay &gt;= 0, beta1 y beta2 en [0, 1) y eps &gt; 0</translation>
    </message>
    <message>
        <source>grad_clip must be 0 (off) or positive</source>
        <translation>grad_clip debe ser 0 (desactivado) o positivo</translation>
    </message>
    <message>
        <source>eval_every and sample_every must be &gt;= 0, eval_batches and sample_tokens &gt;= 1, top_k &gt;= 0, temperature &gt; 0</source>
        <translation>eval_every y sample_every deben ser &gt;= 0, eval_batches y sample_tokens &gt;= 1, top_k &gt;= 0 y temperature &gt; 0</translation>
    </message>
    <message>
        <source>checkpoint_every must be &gt;= 0 and keep_checkpoints &gt;= 1</source>
        <translation>checkpoint_every debe ser &gt;= 0 y keep_checkpoints &gt;= 1</translation>
    </message>
    <message>
        <source>device must be auto, cpu or cuda, got &quot;%1&quot;</source>
        <translation>device debe ser auto, cpu o cuda; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>threads must be between 0 (all cores) and 1024</source>
        <translation>threads debe estar entre 0 (todos los núcleos) y 1024</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Trainer</name>
    <message>
        <source>cancelled at step %1</source>
        <translation>cancelado en el paso %1</translation>
    </message>
    <message>
        <source>finished %1 steps</source>
        <translation>%1 pasos completados</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainingRun</name>
    <message>
        <source>--resume needs the run folder (--out DIR)</source>
        <translation>--resume necesita la carpeta de la ejecución (--out DIR)</translation>
    </message>
    <message>
        <source>no checkpoint to resume from in %1/checkpoints</source>
        <translation>no hay ningún checkpoint desde el que reanudar en %1/checkpoints</translation>
    </message>
    <message>
        <source>%1 is not a Fabbrica checkpoint (no train_config)</source>
        <translation>%1 no es un checkpoint de Fabbrica (no tiene train_config)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the %1 tokenizer has %2 tokens but the model&apos;s vocabulary has only %3</source>
        <translation>el tokenizador %1 tiene %2 tokens, pero el vocabulario del modelo solo tiene %3</translation>
    </message>
    <message>
        <source>seq %1 is longer than the model&apos;s context of %2 positions</source>
        <translation>seq %1 es mayor que el contexto del modelo, de %2 posiciones</translation>
    </message>
    <message>
        <source>data: %1 (%2), %3 tokens → %4 training and %5 validation sequences of %6</source>
        <translation>datos: %1 (%2), %3 tokens → %4 secuencias de entrenamiento y %5 de validación, de longitud %6</translation>
    </message>
    <message>
        <source>--device cuda: %1</source>
        <translation>--device cuda: %1</translation>
    </message>
    <message>
        <source>no GPU (%1): training on the CPU</source>
        <translation>sin GPU (%1): entrenamiento en la CPU</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>no se puede crear la carpeta de la ejecución %1</translation>
    </message>
    <message>
        <source>resumed from %1 at step %2</source>
        <translation>reanudado desde %1 en el paso %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>model: GPT-2, %1 layers, %2 heads, width %3, context %4, vocab %5: %6 parameters, %7 trained%8</source>
        <translation>modelo: GPT-2, %1 capas, %2 cabezas, anchura %3, contexto %4, vocabulario %5: %6 parámetros, %7 entrenados%8</translation>
    </message>
    <message>
        <source> (LoRA rank %1)</source>
        <translation> (rango de LoRA %1)</translation>
    </message>
    <message>
        <source>device: %1%2</source>
        <translation>dispositivo: %1%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s)</source>
        <translation>
            <numerusform>, %n hilo</numerusform>
            <numerusform>, %n hilos</numerusform>
        </translation>
    </message>
    <message>
        <source>the loss became %1 at step %2: lower the learning rate (now %3) or check the data</source>
        <translation>la pérdida se volvió %1 en el paso %2: reduzca la tasa de aprendizaje (ahora %3) o revise los datos</translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Weights</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>base model %1 does not exist</source>
        <translation>el modelo base %1 no existe</translation>
    </message>
    <message>
        <source>%1 has no model.safetensors (PyTorch .bin files are not read: convert them with transformers&apos; save_pretrained(safe_serialization=True))</source>
        <translation>%1 no tiene model.safetensors (los archivos .bin de PyTorch no se leen: conviértalos con save_pretrained(safe_serialization=True) de transformers)</translation>
    </message>
    <message>
        <source>%1 is not a GPT-2 model: it has no 2-D wte.weight and wpe.weight</source>
        <translation>%1 no es un modelo GPT-2: no tiene wte.weight ni wpe.weight 2-D</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not match the weights: config says vocab %2, width %3, context %4, %5 layers; the file has %6, %7, %8, %9</source>
        <translation>%1 no coincide con los pesos: la configuración indica vocabulario %2, anchura %3, contexto %4, %5 capas; el archivo tiene %6, %7, %8, %9</translation>
    </message>
    <message>
        <source>no config.json beside %1: assumed %2 heads of 64</source>
        <translation>no hay config.json junto a %1: se suponen %2 cabezas de 64</translation>
    </message>
    <message>
        <source>%1 lacks tensor %2</source>
        <translation>a %1 le falta el tensor %2</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, a GPT-2 of this size needs %4 (Conv1D weights are [in, out])</source>
        <translation>%1: el tensor %2 tiene la forma %3; un GPT-2 de este tamaño necesita %4 (los pesos Conv1D son [in, out])</translation>
    </message>
    <message>
        <source>%1 has tensor %2, which is not part of GPT-2 (a different architecture?)</source>
        <translation>%1 tiene el tensor %2, que no forma parte de GPT-2 (¿una arquitectura distinta?)</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n tied head / attention mask buffer(s)</source>
        <translation>
            <numerusform>se omitió %n búfer de cabeza vinculada / máscara de atención</numerusform>
            <numerusform>se omitieron %n búferes de cabeza vinculada / máscara de atención</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>internal error: %1 parameters for a layout of %2</source>
        <translation>error interno: %1 parámetros para una disposición de %2</translation>
    </message>
    <message>
        <source>%1 is not a PEFT LoRA adapter config (peft_type LORA, integer r)</source>
        <translation>%1 no es una configuración de adaptador LoRA de PEFT (peft_type LORA, r entero)</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, expected %4 for this base model</source>
        <translation>%1: el tensor %2 tiene la forma %3; se esperaba %4 para este modelo base</translation>
    </message>
</context>
<context>
    <name>fab::metrics::MetricParser</name>
    <message>
        <source>a quoted cell is not closed properly</source>
        <translation>una celda entre comillas no está bien cerrada</translation>
    </message>
    <message>
        <source>the row does not have one cell per column (%1)</source>
        <translation>la fila no tiene una celda por columna (%1)</translation>
    </message>
    <message>
        <source>a Trainer log dict is cut or malformed</source>
        <translation>un diccionario de log del Trainer está cortado o mal formado</translation>
    </message>
    <message>
        <source>not valid JSON (at column %1)</source>
        <translation>JSON no válido (en la columna %1)</translation>
    </message>
    <message>
        <source>byte %1: %2: %3</source>
        <translation>byte %1: %2: %3</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>línea de más de %1 bytes</translation>
    </message>
    <message>
        <source>%1 bytes missing from the stream</source>
        <translation>faltan %1 bytes en el flujo</translation>
    </message>
    <message>
        <source>an MLflow metric file needs its metric name</source>
        <translation>un archivo de métricas de MLflow necesita el nombre de su métrica</translation>
    </message>
    <message>
        <source>unknown metrics format “%1”</source>
        <translation>formato de métricas desconocido “%1”</translation>
    </message>
    <message>
        <source>not an MLflow metric line (timestamp value step)</source>
        <translation>no es una línea de métrica de MLflow (timestamp value step)</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression: %1 (at %2)</source>
        <translation>el patrón no es una expresión regular válida: %1 (en %2)</translation>
    </message>
    <message>
        <source>the pattern needs a named group (?&lt;step&gt;…) and one per metric</source>
        <translation>el patrón necesita un grupo con nombre (?&lt;step&gt;…) y uno por cada métrica</translation>
    </message>
    <message>
        <source>the step group did not match an integer</source>
        <translation>el grupo step no coincidió con un entero</translation>
    </message>
    <message>
        <source>not a TFRecord here (length checksum wrong); skipped to the next record</source>
        <translation>aquí no hay un TFRecord (suma de comprobación de la longitud incorrecta); se salta al siguiente registro</translation>
    </message>
    <message>
        <source>record checksum wrong</source>
        <translation>suma de comprobación del registro incorrecta</translation>
    </message>
    <message>
        <source>record is not a TensorBoard event</source>
        <translation>el registro no es un evento de TensorBoard</translation>
    </message>
    <message>
        <source>the stream ends inside a record</source>
        <translation>el flujo termina en mitad de un registro</translation>
    </message>
</context>
<context>
    <name>fab::remote::Auth</name>
    <message>
        <source>%1 (accepted, another factor is required)</source>
        <translation>%1 (aceptado, se requiere otro factor)</translation>
    </message>
    <message>
        <source>%1 could not be read as a private key (OpenSSH or PEM; Ed25519, ECDSA or RSA)</source>
        <translation>%1 no se pudo leer como clave privada (OpenSSH o PEM; Ed25519, ECDSA o RSA)</translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens this key.</source>
        <translation>La frase de contraseña recordada ya no abre esta clave.</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Frase de contraseña de %1:</translation>
    </message>
    <message>
        <source>no passphrase given for %1</source>
        <translation>no se introdujo la frase de contraseña de %1</translation>
    </message>
    <message numerus="yes">
        <source>wrong passphrase for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>frase de contraseña incorrecta para %1 (%n intento)</numerusform>
            <numerusform>frase de contraseña incorrecta para %1 (%n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for %1 (attempt %2 of %3).</source>
        <translation>Frase de contraseña incorrecta para %1 (intento %2 de %3).</translation>
    </message>
    <message>
        <source>wrong passphrase for %1 (%2 attempts)</source>
        <translation>frase de contraseña incorrecta para %1 (%2 intentos)</translation>
    </message>
    <message>
        <source>%1 is missing or is not a private key</source>
        <translation>%1 no existe o no es una clave privada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>your SSH certificate %1 expired at %2 (%3 ago); %4</source>
        <translation>su certificado SSH %1 caducó el %2 (hace %3); %4</translation>
    </message>
    <message>
        <source>your SSH certificate %1 is valid only from %2 (check this computer&apos;s clock)</source>
        <translation>su certificado SSH %1 solo es válido a partir del %2 (compruebe el reloj de este ordenador)</translation>
    </message>
    <message>
        <source>%1 could not be read by libssh</source>
        <translation>libssh no pudo leer %1</translation>
    </message>
    <message>
        <source>certificate %1, valid until %2</source>
        <translation>certificado %1, válido hasta el %2</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>certificado %1</translation>
    </message>
    <message>
        <source>publickey %1</source>
        <translation>clave pública %1</translation>
    </message>
    <message>
        <source>%1 (not accepted by the server)</source>
        <translation>%1 (no aceptado por el servidor)</translation>
    </message>
    <message>
        <source>%1 does not belong to the key %2</source>
        <translation>%1 no corresponde a la clave %2</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (rechazado)</translation>
    </message>
    <message>
        <source>publickey from ssh-agent</source>
        <translation>clave pública de ssh-agent</translation>
    </message>
    <message>
        <source>ssh-agent at %1 did not answer</source>
        <translation>ssh-agent en %1 no respondió</translation>
    </message>
    <message>
        <source>%1 (no key accepted)</source>
        <translation>%1 (ninguna clave aceptada)</translation>
    </message>
    <message>
        <source>the server&apos;s question &quot;%1&quot; was not answered</source>
        <translation>no se respondió a la pregunta del servidor &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>the server refused the answers given (%n attempt(s))</source>
        <translation>
            <numerusform>el servidor rechazó las respuestas dadas (%n intento)</numerusform>
            <numerusform>el servidor rechazó las respuestas dadas (%n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <source>The server refused the answers (attempt %1 of %2). Check the code or password.</source>
        <translation>El servidor rechazó las respuestas (intento %1 de %2). Compruebe el código o la contraseña.</translation>
    </message>
    <message>
        <source>keyboard-interactive (answers refused)</source>
        <translation>keyboard-interactive (respuestas rechazadas)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>no se introdujo la contraseña de %1</translation>
    </message>
    <message numerus="yes">
        <source>wrong password for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>contraseña incorrecta para %1 (%n intento)</numerusform>
            <numerusform>contraseña incorrecta para %1 (%n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>The remembered password was refused; type it again.</source>
        <translation>La contraseña recordada fue rechazada; vuelva a escribirla.</translation>
    </message>
    <message>
        <source>Wrong password for %1 (attempt %2 of %3).</source>
        <translation>Contraseña incorrecta para %1 (intento %2 de %3).</translation>
    </message>
    <message numerus="yes">
        <source>password (wrong password, %n attempt(s))</source>
        <translation>
            <numerusform>contraseña (contraseña incorrecta, %n intento)</numerusform>
            <numerusform>contraseña (contraseña incorrecta, %n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>contraseña incorrecta para %1</translation>
    </message>
    <message>
        <source>none (the server asked for nothing)</source>
        <translation>ninguno (el servidor no pidió nada)</translation>
    </message>
    <message>
        <source>login to %1 failed: %2</source>
        <translation>falló el login en %1: %2</translation>
    </message>
    <message>
        <source>login to %1 cancelled</source>
        <translation>login en %1 cancelado</translation>
    </message>
    <message>
        <source>login to %1 cancelled: %2</source>
        <translation>login en %1 cancelado: %2</translation>
    </message>
    <message>
        <source>Permission denied for %1 (the server accepts: %2).</source>
        <translation>Permiso denegado para %1 (el servidor acepta: %2).</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nada más</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation>Intentado: %1</translation>
    </message>
    <message>
        <source>No key, agent or password was available to try; set identity_file in the profile or load your key into ssh-agent.</source>
        <translation>No había ninguna clave, agente o contraseña que probar; indique identity_file en el perfil o cargue su clave en ssh-agent.</translation>
    </message>
    <message>
        <source>Your SSH certificate %1 expires in %2 (at %3); the next login after that will fail. %4</source>
        <translation>Su certificado SSH %1 caduca dentro de %2 (el %3); el siguiente login a partir de entonces fallará. %4</translation>
    </message>
    <message>
        <source>the agent answered message %1, not an identity list</source>
        <translation>el agente respondió con el mensaje %1, no con una lista de identidades</translation>
    </message>
    <message>
        <source>the agent&apos;s identity list is cut short</source>
        <translation>la lista de identidades del agente está truncada</translation>
    </message>
    <message>
        <source>the agent sent a key without a type</source>
        <translation>el agente envió una clave sin tipo</translation>
    </message>
    <message>
        <source>the agent&apos;s answer is too large</source>
        <translation>la respuesta del agente es demasiado grande</translation>
    </message>
    <message>
        <source>the agent did not answer in time</source>
        <translation>el agente no respondió a tiempo</translation>
    </message>
    <message>
        <source>your SSH certificate in ssh-agent (%1) expired at %2 (%3 ago); %4</source>
        <translation>su certificado SSH en ssh-agent (%1) caducó el %2 (hace %3); %4</translation>
    </message>
</context>
<context>
    <name>fab::remote::ConnectionSettings</name>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>renew it with: step ssh login &apos;YOUR-EMAIL&apos; --provisioner cineca-hpc (the e-mail registered in CINECA&apos;s UserDB; certificates last 12 h)</source>
        <translation>renuévelo con: step ssh login &apos;SU-EMAIL&apos; --provisioner cineca-hpc (el e-mail registrado en la UserDB de CINECA; los certificados duran 12 h)</translation>
    </message>
    <message>
        <source>ask your centre&apos;s certificate service for a new one (for smallstep: step ssh login …)</source>
        <translation>pida uno nuevo al servicio de certificados de su centro (con smallstep: step ssh login …)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; runs on this computer; it has no SSH connection</source>
        <translation>el perfil &quot;%1&quot; se ejecuta en este ordenador; no tiene conexión SSH</translation>
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
        <translation>no se puede crear un canal</translation>
    </message>
    <message>
        <source>the jump host could not open a connection to %1:%2 (%3); check AllowTcpForwarding on the jump host and the address of the next hop</source>
        <translation>el host de salto no pudo abrir una conexión con %1:%2 (%3); compruebe AllowTcpForwarding en el host de salto y la dirección del siguiente salto</translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation>host de salto %1: %2</translation>
    </message>
    <message>
        <source>the connection behind jump host %1 was closed</source>
        <translation>se cerró la conexión detrás del host de salto %1</translation>
    </message>
    <message>
        <source>the link to jump host %1 dropped</source>
        <translation>se cayó el enlace con el host de salto %1</translation>
    </message>
    <message>
        <source>jump host %1 stopped answering</source>
        <translation>el host de salto %1 dejó de responder</translation>
    </message>
</context>
<context>
    <name>fab::remote::HostKeyCheck</name>
    <message>
        <source>cannot encode the host key</source>
        <translation>no se puede codificar la clave de host</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the server at %1 sent no host key</source>
        <translation>el servidor en %1 no envió ninguna clave de host</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED.
  known_hosts (%2) has: %3
  the server now offers: %4
Someone may be intercepting the connection, or the centre replaced its key. Compare with the fingerprint the centre publishes; if the change is expected, remove the old entry with: ssh-keygen -R &apos;%5&apos; -f &apos;%2&apos; and connect again.</source>
        <translation>La clave de host de %1 HA CAMBIADO.
  known_hosts (%2) tiene: %3
  el servidor ofrece ahora: %4
Puede que alguien esté interceptando la conexión, o que el centro haya sustituido su clave. Compárela con la huella que publica el centro; si el cambio es esperado, elimine la entrada antigua con: ssh-keygen -R &apos;%5&apos; -f &apos;%2&apos; y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>
%1 resolves to %2 addresses; if they are login nodes with different keys, pin one node as the profile&apos;s host.</source>
        <translation>
%1 se resuelve en %2 direcciones; si son nodos de login con claves distintas, fije un nodo como host del perfil.</translation>
    </message>
    <message>
        <source>The server %1 offered a %2 host key, but known_hosts (%3) records only other key types for it: %4.
That is unusual: check the centre&apos;s published fingerprints; if the new key is right, remove the old entries with ssh-keygen -R &apos;%5&apos; -f &apos;%3&apos;.</source>
        <translation>El servidor %1 ofreció una clave de host %2, pero known_hosts (%3) solo registra otros tipos de clave para él: %4.
Esto es inusual: compruebe las huellas publicadas por el centro; si la nueva clave es correcta, elimine las entradas antiguas con ssh-keygen -R &apos;%5&apos; -f &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not one of the fingerprints published for this cluster:
%3
The connection may be intercepted, or the list in the profile is out of date: check the centre&apos;s documentation before going on.</source>
        <translation>La clave de host de %1 (%2) no es ninguna de las huellas publicadas para este clúster:
%3
Puede que la conexión esté interceptada o que la lista del perfil esté desactualizada: consulte la documentación del centro antes de continuar.</translation>
    </message>
    <message>
        <source>the host key of %1 was refused</source>
        <translation>se rechazó la clave de host de %1</translation>
    </message>
    <message>
        <source>%1 is a round-robin name: it leads to %2 login nodes (%3), each with its own host key. Fabbrica records each node&apos;s key under its address, so moving between nodes is not mistaken for a changed key. This node (%4) has not been seen before.</source>
        <translation>%1 es un nombre round-robin: lleva a %2 nodos de login (%3), cada uno con su propia clave de host. Fabbrica registra la clave de cada nodo con su dirección, para que pasar de un nodo a otro no se confunda con un cambio de clave. Este nodo (%4) no se había visto antes.</translation>
    </message>
    <message>
        <source> known_hosts has a different key for the name itself, most likely another node&apos;s.</source>
        <translation> known_hosts tiene una clave distinta para el propio nombre, probablemente la de otro nodo.</translation>
    </message>
    <message>
        <source>This is the first connection to %1: its key is not in %2.</source>
        <translation>Es la primera conexión con %1: su clave no está en %2.</translation>
    </message>
    <message>
        <source>cancelled while waiting for an answer about the host key of %1</source>
        <translation>cancelado mientras se esperaba una respuesta sobre la clave de host de %1</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) was not accepted</source>
        <translation>no se aceptó la clave de host de %1 (%2)</translation>
    </message>
    <message>
        <source>the host key was accepted but could not be saved: %1</source>
        <translation>se aceptó la clave de host, pero no se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>fab::remote::Ops</name>
    <message>
        <source>the server keeps refusing new channels: %1</source>
        <translation>el servidor sigue rechazando canales nuevos: %1</translation>
    </message>
    <message>
        <source>the server refused to run the command: %1</source>
        <translation>el servidor se negó a ejecutar el comando: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s on %2 and was stopped</source>
        <translation>el comando no terminó en %1 s en %2 y se detuvo</translation>
    </message>
    <message>
        <source>the connection dropped while the command was running (%1); it may or may not have completed on the server</source>
        <translation>la conexión se cayó mientras se ejecutaba el comando (%1); puede que se haya completado en el servidor o no</translation>
    </message>
    <message>
        <source>reading the command&apos;s output failed: %1</source>
        <translation>falló la lectura de la salida del comando: %1</translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed by a signal?)</source>
        <translation>el comando terminó sin código de salida (¿terminado por una señal?)</translation>
    </message>
    <message>
        <source>following %1 ended: tail exited on the server</source>
        <translation>terminó el seguimiento de %1: tail finalizó en el servidor</translation>
    </message>
    <message>
        <source>following %1 ended: %2</source>
        <translation>terminó el seguimiento de %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SecretStore</name>
    <message>
        <source>no application object</source>
        <translation>no hay objeto de aplicación</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>el llavero no respondió en %1 s</translation>
    </message>
    <message>
        <source>the keychain is turned off for this connection, secret not remembered</source>
        <translation>el llavero está desactivado para esta conexión; el secreto no se ha recordado</translation>
    </message>
    <message>
        <source>no keychain available, secret not remembered</source>
        <translation>no hay ningún llavero disponible; el secreto no se ha recordado</translation>
    </message>
    <message>
        <source>the keychain did not answer, secret not remembered</source>
        <translation>el llavero no respondió; el secreto no se ha recordado</translation>
    </message>
    <message>
        <source>the keychain refused the secret (%1), secret not remembered</source>
        <translation>el llavero rechazó el secreto (%1); el secreto no se ha recordado</translation>
    </message>
</context>
<context>
    <name>fab::remote::SessionSetup</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>no se puede resolver %1: %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 no tiene dirección</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cannot reach %1 port %2 (%3)</source>
        <translation>no se puede llegar a %1 en el puerto %2 (%3)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>SSH handshake with %1 (%2) failed: %3</source>
        <translation>falló el handshake SSH con %1 (%2): %3</translation>
    </message>
    <message>
        <source>the connection to %1 dropped during login: %2</source>
        <translation>la conexión con %1 se cayó durante el login: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SshConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <source>invalid remote path %1</source>
        <translation>ruta remota no válida %1</translation>
    </message>
    <message>
        <source>cannot expand the remote path %1: %2</source>
        <translation>no se puede expandir la ruta remota %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::remote::SshWorker</name>
    <message>
        <source>Your SSH certificate %1 expires in %2; after that, a dropped link cannot be re-established. %3</source>
        <translation>Su certificado SSH %1 caduca dentro de %2; a partir de entonces, un enlace caído no podrá restablecerse. %3</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <source>not connected to %1; open the connection first</source>
        <translation>no hay conexión con %1; abra primero la conexión</translation>
    </message>
    <message>
        <source>not connected to %1: %2</source>
        <translation>no hay conexión con %1: %2</translation>
    </message>
    <message>
        <source>jump host %1 of %2 (%3)</source>
        <translation>host de salto %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>cannot create a socket pair</source>
        <translation>no se puede crear un par de sockets</translation>
    </message>
    <message>
        <source>reconnecting to %1 (attempt %2)</source>
        <translation>reconectando con %1 (intento %2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>conectando con %1</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation>%1 — nuevo intento dentro de %2 s</translation>
    </message>
    <message>
        <source>connection lost (%1); reconnecting</source>
        <translation>conexión perdida (%1); reconectando</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>the SFTP subsystem did not start (%1)</source>
        <translation>el subsistema SFTP no se inició (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>still not connected to %1 after %2 s: %3</source>
        <translation>sigue sin haber conexión con %1 tras %2 s: %3</translation>
    </message>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation>sin respuesta del servidor durante %1 s</translation>
    </message>
</context>
<context>
    <name>fab::remote::TerminalPrompter</name>
    <message>
        <source>The host key of %1 (%2, port %3)%4 is not known yet:
  %5 %6
</source>
        <translation>La clave de host de %1 (%2, puerto %3)%4 aún no es conocida:
  %5 %6
</translation>
    </message>
    <message>
        <source>It matches a fingerprint published for this cluster.
</source>
        <translation>Coincide con una huella publicada para este clúster.
</translation>
    </message>
    <message>
        <source>Trusted because of --accept-new-host-key; saved in %1 as %2.
</source>
        <translation>De confianza por --accept-new-host-key; guardada en %1 como %2.
</translation>
    </message>
    <message>
        <source>Not trusted. Compare it with the fingerprint your centre publishes, then run again with --accept-new-host-key to save it in %1.
</source>
        <translation>No es de confianza. Compárela con la huella que publica su centro y vuelva a ejecutar con --accept-new-host-key para guardarla en %1.
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
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>the server could not do it (disk full or quota exceeded?)</source>
        <translation>el servidor no pudo hacerlo (¿disco lleno o cuota superada?)</translation>
    </message>
    <message>
        <source>SFTP is not available on %1: %2</source>
        <translation>SFTP no está disponible en %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>cannot list %1</source>
        <translation>no se puede listar %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <source>cannot continue %1 at byte %2</source>
        <translation>no se puede continuar %1 en el byte %2</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>falló la escritura de %1</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>falló la lectura de %1</translation>
    </message>
    <message>
        <source>cannot set the permissions of %1</source>
        <translation>no se pueden establecer los permisos de %1</translation>
    </message>
</context>
<context>
    <name>fab::shellQuote</name>
    <message>
        <source>the value contains a NUL character (byte %1), which a shell cannot pass on; remove it</source>
        <translation>el valor contiene un carácter NUL (byte %1), que un shell no puede transmitir; elimínelo</translation>
    </message>
</context>
<context>
    <name>fab::train</name>
    <message>
        <source> (see fabbrica-train --help)</source>
        <translation> (consulte fabbrica-train --help)</translation>
    </message>
    <message>
        <source>fabbrica-train: unexpected argument &quot;%1&quot; (options start with --)</source>
        <translation>fabbrica-train: argumento inesperado &quot;%1&quot; (las opciones empiezan por --)</translation>
    </message>
    <message>
        <source>fabbrica-train: cannot read %1: %2</source>
        <translation>fabbrica-train: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>fabbrica-train: %1 is not a JSON object</source>
        <translation>fabbrica-train: %1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, got &quot;%2&quot;</source>
        <translation>--%1 espera un número entero; se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 expects a number, got &quot;%2&quot;</source>
        <translation>--%1 espera un número; se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--- sample at step %1 ---</source>
        <translation>--- muestra en el paso %1 ---</translation>
    </message>
    <message>
        <source>
fabbrica-train: interrupted at step %1; continue with --resume --out %2</source>
        <translation>
fabbrica-train: interrumpido en el paso %1; continúe con --resume --out %2</translation>
    </message>
    <message>
        <source>fabbrica-train: done; model, metrics and checkpoints in %1</source>
        <translation>fabbrica-train: terminado; modelo, métricas y checkpoints en %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::AllocationsModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>the scheduler</source>
        <translation>el planificador</translation>
    </message>
    <message>
        <source>%1 did not report how much this account was granted (no limit is set, or the tool does not print one).</source>
        <translation>%1 no informó de cuánto se concedió a esta cuenta (no hay límite fijado, o la herramienta no lo muestra).</translation>
    </message>
    <message>
        <source>%1 did not report how much this account has used.</source>
        <translation>%1 no informó de cuánto ha usado esta cuenta.</translation>
    </message>
    <message>
        <source>What is left is granted − used, and %1 did not report both.</source>
        <translation>Lo que queda es concedido − usado, y %1 no informó de ambos.</translation>
    </message>
    <message>
        <source>The share used needs both the granted and the used amount, and %1 did not report both.</source>
        <translation>La proporción usada necesita tanto la cantidad concedida como la usada, y %1 no informó de ambas.</translation>
    </message>
    <message>
        <source>%1 does not print the allocation period.</source>
        <translation>%1 no muestra el periodo de la asignación.</translation>
    </message>
    <message>
        <source>Used as a share of what was granted</source>
        <translation>Uso como proporción de lo concedido</translation>
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
        <translation>%1 no informó del uso de este usuario.</translation>
    </message>
    <message>
        <source>This user&apos;s share of the account&apos;s use, as %1 printed it</source>
        <translation>Proporción del uso de la cuenta correspondiente a este usuario, según la mostró %1</translation>
    </message>
    <message>
        <source>%1 % of use</source>
        <translation>%1 % del uso</translation>
    </message>
    <message>
        <source>Project or account; expand it to see who used what</source>
        <translation>Proyecto o cuenta; despliéguelo para ver quién usó qué</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>% usado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>fab::widgets::AllocationsView</name>
    <message>
        <source>No budget to show</source>
        <translation>No hay presupuesto que mostrar</translation>
    </message>
    <message>
        <source>Pick a cluster on the left to see its projects&apos; GPU- and CPU-hours: granted, used and left, and when the budget runs out at the current pace.</source>
        <translation>Elija un clúster a la izquierda para ver las horas de GPU y de CPU de sus proyectos: concedidas, usadas y restantes, y cuándo se agota el presupuesto al ritmo actual.</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Aún sin actualizar</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Ask the cluster for its budgets and partitions now (sshare, sinfo and the site&apos;s budget tool)</source>
        <translation>Pedir ahora al clúster sus presupuestos y particiones (sshare, sinfo y la herramienta de presupuesto del centro)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>The scheduler gave no answer about allocations.</source>
        <translation>El planificador no dio ninguna respuesta sobre las asignaciones.</translation>
    </message>
    <message>
        <source>The scheduler gave no answer about partitions.</source>
        <translation>El planificador no dio ninguna respuesta sobre las particiones.</translation>
    </message>
    <message>
        <source>The scheduler reported no allocations for this profile.</source>
        <translation>El planificador no informó de ninguna asignación para este perfil.</translation>
    </message>
    <message>
        <source>the history could not be read</source>
        <translation>no se pudo leer el historial</translation>
    </message>
    <message>
        <source>This reading could not be kept in the history (%1), so the chart may miss it.</source>
        <translation>Esta lectura no se pudo guardar en el historial (%1), así que puede faltar en el gráfico.</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>Budgets and partitions of %1 refreshed</source>
        <translation>Presupuestos y particiones de %1 actualizados</translation>
    </message>
    <message>
        <source>Budgets and partitions of %1 refreshed, with problems: see the note above the table</source>
        <translation>Presupuestos y particiones de %1 actualizados, con problemas: vea la nota sobre la tabla</translation>
    </message>
    <message>
        <source>Select an account to see its use over time</source>
        <translation>Seleccione una cuenta para ver su uso a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ConnectionIndicator</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>a través de %1</translation>
    </message>
    <message>
        <source>Host key %1 %2</source>
        <translation>Clave de host %1 %2</translation>
    </message>
    <message>
        <source>Logged in by %1</source>
        <translation>Autenticación: %1</translation>
    </message>
    <message>
        <source>Certificate valid for %1 more</source>
        <translation>Certificado válido aún durante %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentDocument</name>
    <message>
        <source>Edit JSON text</source>
        <translation>Editar texto JSON</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentEditor</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The experiment could not be saved:
%1</source>
        <translation>No se pudo guardar el experimento:
%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>%1 opened (written in an older format; it is upgraded when saved)</source>
        <translation>%1 abierto (escrito en un formato antiguo; se actualiza al guardarlo)</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 abierto</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: se encontró %n problema</numerusform>
            <numerusform>%1: se encontraron %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nuevo a partir de plantilla…</translation>
    </message>
    <message>
        <source>Start a new experiment from a working example</source>
        <translation>Empezar un experimento nuevo a partir de un ejemplo que funciona</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Experiment JSON</source>
        <translation>JSON del experimento</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>Haga clic en un problema para ir a su campo</translation>
    </message>
    <message>
        <source>Open an experiment or start one from a template.</source>
        <translation>Abra un experimento o empiece uno a partir de una plantilla.</translation>
    </message>
    <message>
        <source>Job on %1</source>
        <translation>Trabajo en %1</translation>
    </message>
    <message>
        <source>Job (no cluster chosen)</source>
        <translation>Trabajo (sin clúster elegido)</translation>
    </message>
    <message>
        <source>Job on %1 (no such profile: no defaults)</source>
        <translation>Trabajo en %1 (no existe ese perfil: sin valores predeterminados)</translation>
    </message>
    <message>
        <source>The JSON text has an error; the batch script appears once it is fixed.</source>
        <translation>El texto JSON tiene un error; el script batch aparecerá cuando se corrija.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first: see the list under the form. The batch script appears once the experiment is valid.</source>
        <translation>
            <numerusform>Hay %n problema que corregir antes: vea la lista bajo el formulario. El script batch aparecerá cuando el experimento sea válido.</numerusform>
            <numerusform>Hay %n problemas que corregir antes: vea la lista bajo el formulario. El script batch aparecerá cuando el experimento sea válido.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>Problems (%1) — click one to go to it</source>
        <translation>Problemas (%1): haga clic en uno para ir a él</translation>
    </message>
    <message>
        <source>No experiment</source>
        <translation>Ningún experimento</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Guardarlos antes?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Abrir experimento</translation>
    </message>
    <message>
        <source>Experiments (*.json);;All files (*)</source>
        <translation>Experimentos (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>¿Guardar con problemas?</translation>
    </message>
    <message>
        <source>The JSON text is not valid (%1). It is saved exactly as written, and opens with the same error until it is fixed.</source>
        <translation>El texto JSON no es válido (%1). Se guarda exactamente tal como está escrito y se abrirá con el mismo error hasta que se corrija.</translation>
    </message>
    <message numerus="yes">
        <source>This experiment has %n problem(s). It can be saved, but not submitted until they are fixed.</source>
        <translation>
            <numerusform>Este experimento tiene %n problema. Se puede guardar, pero no enviar hasta que se corrija.</numerusform>
            <numerusform>Este experimento tiene %n problemas. Se puede guardar, pero no enviar hasta que se corrijan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Save experiment as</source>
        <translation>Guardar experimento como</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Experimentos (*.json)</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>¿Reemplazar archivos?</translation>
    </message>
    <message>
        <source>These files exist already in %1:

%2

Replace them with the template&apos;s?</source>
        <translation>Estos archivos ya existen en %1:

%2

¿Reemplazarlos por los de la plantilla?</translation>
    </message>
    <message>
        <source>Template not copied</source>
        <translation>Plantilla no copiada</translation>
    </message>
    <message>
        <source>Created %1 from the template “%2”.</source>
        <translation>Se ha creado %1 a partir de la plantilla “%2”.</translation>
    </message>
    <message>
        <source>Put your data into %1.</source>
        <translation>Coloque sus datos en %1.</translation>
    </message>
    <message>
        <source>Add these files yourself: %1.</source>
        <translation>Añada usted mismo estos archivos: %1.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentForm</name>
    <message>
        <source>Experiment form</source>
        <translation>Formulario del experimento</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). The form shows the last valid version and is read-only until the text is fixed.</source>
        <translation>El texto JSON tiene un error (%1). El formulario muestra la última versión válida y es de solo lectura hasta que se corrija el texto.</translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). Fix it in the JSON pane to edit the form.</source>
        <translation>El texto JSON tiene un error (%1). Corríjalo en el panel JSON para editar el formulario.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>e.g. gpt2-lora-lr-sweep</source>
        <translation>p. ej. gpt2-lora-lr-sweep</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>The job&apos;s name in the queue and the name of its run folder: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;.</source>
        <translation>El nombre del trabajo en la cola y el de su carpeta de ejecución: letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Ejecutar en:</translation>
    </message>
    <message>
        <source>Where the experiment runs: This computer (a local process), or a cluster profile. Picking a cluster fills an empty account and partition with the profile&apos;s defaults.</source>
        <translation>Dónde se ejecuta el experimento: Este ordenador (un proceso local) o un perfil de clúster. Al elegir un clúster, la cuenta y la partición vacías se rellenan con los valores predeterminados del perfil.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(sin elegir)</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (preestablecido)</translation>
    </message>
    <message>
        <source>%1 (no such profile)</source>
        <translation>%1 (no existe ese perfil)</translation>
    </message>
    <message>
        <source>Choose where to run</source>
        <translation>Elija dónde ejecutarlo</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>predeterminado del perfil</translation>
    </message>
    <message>
        <source>The project whose budget pays for the job (--account), e.g. AIFAC_L13_018. Empty: the cluster profile&apos;s default.</source>
        <translation>El proyecto cuyo presupuesto paga el trabajo (--account), p. ej. AIFAC_L13_018. Vacío: el valor predeterminado del perfil de clúster.</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partición:</translation>
    </message>
    <message>
        <source>The group of nodes the job runs on (--partition), e.g. a GPU partition such as boost_usr_prod. Empty: the profile&apos;s default.</source>
        <translation>El grupo de nodos en el que se ejecuta el trabajo (--partition), p. ej. una partición de GPU como boost_usr_prod. Vacío: el valor predeterminado del perfil.</translation>
    </message>
    <message>
        <source>QoS:</source>
        <translation>QoS:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>Quality of service (--qos): a class of jobs with its own limits and priority, e.g. a short debug queue. Usually empty.</source>
        <translation>Calidad de servicio (--qos): una clase de trabajos con sus propios límites y prioridad, p. ej. una cola corta de depuración. Normalmente vacío.</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nodos:</translation>
    </message>
    <message>
        <source>How many machines (nodes) the job uses at once (--nodes). 1 unless the training script spreads over several nodes (torchrun, srun).</source>
        <translation>Cuántas máquinas (nodos) usa el trabajo a la vez (--nodes). 1, salvo que el script de entrenamiento se reparta entre varios nodos (torchrun, srun).</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nodos</translation>
    </message>
    <message>
        <source>GPUs per node:</source>
        <translation>GPU por nodo:</translation>
    </message>
    <message>
        <source>How many GPUs the job gets on each node (--gpus-per-node). 0 for a job without GPUs.</source>
        <translation>Cuántas GPU recibe el trabajo en cada nodo (--gpus-per-node). 0 para un trabajo sin GPU.</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU por nodo</translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation>CPU por tarea:</translation>
    </message>
    <message>
        <source>CPU cores for each task (--cpus-per-task): data loading and preprocessing run on these.</source>
        <translation>Núcleos de CPU para cada tarea (--cpus-per-task): en ellos se ejecutan la carga y el preprocesamiento de datos.</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPU por tarea</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memoria:</translation>
    </message>
    <message>
        <source>e.g. 120G</source>
        <translation>p. ej. 120G</translation>
    </message>
    <message>
        <source>Memory per node (--mem), e.g. 120G or 512M; a number alone means megabytes. Empty: the partition&apos;s default share.</source>
        <translation>Memoria por nodo (--mem), p. ej. 120G o 512M; un número solo significa megabytes. Vacío: la parte predeterminada de la partición.</translation>
    </message>
    <message>
        <source>Wall time:</source>
        <translation>Tiempo límite:</translation>
    </message>
    <message>
        <source>e.g. 02:00:00</source>
        <translation>p. ej. 02:00:00</translation>
    </message>
    <message>
        <source>The longest the job may run (--time): 02:00:00 is two hours, 1-12:00:00 a day and a half. Slurm stops the job when it runs out, and the budget is held for the whole time.</source>
        <translation>El tiempo máximo que puede ejecutarse el trabajo (--time): 02:00:00 son dos horas, 1-12:00:00 un día y medio. Slurm detiene el trabajo cuando se agota, y el presupuesto queda retenido durante todo ese tiempo.</translation>
    </message>
    <message>
        <source>Reservation:</source>
        <translation>Reserva:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Nodes the site has set aside for you (--reservation), e.g. for a course or a deadline. Usually empty.</source>
        <translation>Nodos que el centro ha apartado para usted (--reservation), p. ej. para un curso o una fecha límite. Normalmente vacío.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>e.g. profile/deeplrn cineca-ai</source>
        <translation>p. ej. profile/deeplrn cineca-ai</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Módulos:</translation>
    </message>
    <message>
        <source>Environment modules loaded before the command (module load …), separated by spaces.</source>
        <translation>Módulos de entorno que se cargan antes del comando (module load …), separados por espacios.</translation>
    </message>
    <message>
        <source>Edit modules</source>
        <translation>Editar módulos</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Contenedor:</translation>
    </message>
    <message>
        <source>An Apptainer/Singularity image (.sif) the command runs inside, e.g. $HOME/containers/pytorch.sif. Empty: no container.</source>
        <translation>Una imagen de Apptainer/Singularity (.sif) dentro de la cual se ejecuta el comando, p. ej. $HOME/containers/pytorch.sif. Vacío: sin contenedor.</translation>
    </message>
    <message>
        <source>container</source>
        <translation>contenedor</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Añadir variable</translation>
    </message>
    <message>
        <source>Remove selected variable</source>
        <translation>Quitar la variable seleccionada</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variables:</translation>
    </message>
    <message>
        <source>Environment variables set before the command; $VARS in values are expanded by the shell.</source>
        <translation>Variables de entorno definidas antes del comando; el shell expande las $VARIABLES de los valores.</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>variables</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Archivos que se suben</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Add a file or folder</source>
        <translation>Añadir un archivo o carpeta</translation>
    </message>
    <message>
        <source>Remove selected file</source>
        <translation>Quitar el archivo seleccionado</translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation>Subir:</translation>
    </message>
    <message>
        <source>Files and folders (ending in /) next to the experiment file, copied into the run folder before the job starts. Paths are relative to the experiment&apos;s folder.</source>
        <translation>Archivos y carpetas (terminadas en /) junto al archivo del experimento, que se copian en la carpeta de la ejecución antes de que empiece el trabajo. Las rutas son relativas a la carpeta del experimento.</translation>
    </message>
    <message>
        <source>files to upload</source>
        <translation>archivos que se suben</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>e.g. python train.py --lr {lr}</source>
        <translation>p. ej. python train.py --lr {lr}</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Ejecutar:</translation>
    </message>
    <message>
        <source>The shell command of each task. {name} is replaced by the parameter or sweep value of that name; write {{ and }} for literal braces. ${VAR} is the shell&apos;s.</source>
        <translation>El comando de shell de cada tarea. {nombre} se sustituye por el valor del parámetro o del barrido con ese nombre; escriba {{ y }} para obtener llaves literales. ${VAR} es del shell.</translation>
    </message>
    <message>
        <source>Edit command</source>
        <translation>Editar comando</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Añadir parámetro</translation>
    </message>
    <message>
        <source>Remove selected parameter</source>
        <translation>Quitar el parámetro seleccionado</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valores:</translation>
    </message>
    <message>
        <source>Values for the command&apos;s {placeholders}: numbers, true/false, or text (&quot;32&quot; in quotes stays text). A sweep axis of the same name replaces the value task by task.</source>
        <translation>Valores para los {marcadores} del comando: números, true/false o texto (&quot;32&quot; entre comillas sigue siendo texto). Un eje del barrido con el mismo nombre sustituye el valor tarea por tarea.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>Off: one job</source>
        <translation>Desactivado: un trabajo</translation>
    </message>
    <message>
        <source>Grid: every combination</source>
        <translation>Cuadrícula: todas las combinaciones</translation>
    </message>
    <message>
        <source>Random: sample combinations</source>
        <translation>Aleatorio: muestrear combinaciones</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>A sweep runs the command once per combination of the axes&apos; values, as one Slurm job array.</source>
        <translation>Un barrido ejecuta el comando una vez por cada combinación de los valores de los ejes, como un único job array de Slurm.</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Eje</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Add axis</source>
        <translation>Añadir eje</translation>
    </message>
    <message>
        <source>Remove selected axis</source>
        <translation>Quitar el eje seleccionado</translation>
    </message>
    <message>
        <source>Axes:</source>
        <translation>Ejes:</translation>
    </message>
    <message>
        <source>Each axis is a parameter name and the values it takes, separated by commas.</source>
        <translation>Cada eje es un nombre de parámetro y los valores que toma, separados por comas.</translation>
    </message>
    <message>
        <source>sweep axes</source>
        <translation>ejes del barrido</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Muestras:</translation>
    </message>
    <message>
        <source>Random mode: how many distinct combinations to draw.</source>
        <translation>Modo aleatorio: cuántas combinaciones distintas se extraen.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Random mode: the same seed draws the same combinations on every computer.</source>
        <translation>Modo aleatorio: la misma semilla extrae las mismas combinaciones en cualquier ordenador.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>At most at once:</source>
        <translation>Máximo a la vez:</translation>
    </message>
    <message>
        <source>How many tasks of the array may run at the same time (Slurm&apos;s %K on --array), to leave room for others or spare the budget. 0: no limit.</source>
        <translation>Cuántas tareas del array pueden ejecutarse al mismo tiempo (el %K de Slurm en --array), para dejar sitio a otros o ahorrar presupuesto. 0: sin límite.</translation>
    </message>
    <message>
        <source>tasks at once</source>
        <translation>tareas a la vez</translation>
    </message>
    <message>
        <source>Turn the sweep off</source>
        <translation>Desactivar el barrido</translation>
    </message>
    <message>
        <source>Change sweep mode</source>
        <translation>Cambiar el modo de barrido</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>The file the training script writes its metrics to, relative to the run folder. Fabbrica follows it while the job runs and draws the charts.</source>
        <translation>El archivo en el que el script de entrenamiento escribe sus métricas, relativo a la carpeta de la ejecución. Fabbrica lo sigue mientras se ejecuta el trabajo y dibuja los gráficos.</translation>
    </message>
    <message>
        <source>metrics file</source>
        <translation>archivo de métricas</translation>
    </message>
    <message>
        <source>Fabbrica JSONL (one JSON object per line)</source>
        <translation>JSONL de Fabbrica (un objeto JSON por línea)</translation>
    </message>
    <message>
        <source>CSV with a header line</source>
        <translation>CSV con línea de cabecera</translation>
    </message>
    <message>
        <source>Hugging Face Trainer log lines</source>
        <translation>Líneas de log del Trainer de Hugging Face</translation>
    </message>
    <message>
        <source>MLflow file store</source>
        <translation>Almacén de archivos de MLflow</translation>
    </message>
    <message>
        <source>TensorBoard event files</source>
        <translation>Archivos de eventos de TensorBoard</translation>
    </message>
    <message>
        <source>Lines matched by a regular expression</source>
        <translation>Líneas que coinciden con una expresión regular</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>How the metrics file is written.</source>
        <translation>Cómo está escrito el archivo de métricas.</translation>
    </message>
    <message>
        <source>Change metrics format</source>
        <translation>Cambiar el formato de métricas</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Patrón:</translation>
    </message>
    <message>
        <source>Format &quot;regex&quot;: a regular expression with a named group (?&lt;step&gt;…) and one per metric.</source>
        <translation>Formato &quot;regex&quot;: una expresión regular con un grupo con nombre (?&lt;step&gt;…) y uno por cada métrica.</translation>
    </message>
    <message>
        <source>metrics pattern</source>
        <translation>patrón de métricas</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentScriptPane</name>
    <message>
        <source>One job</source>
        <translation>Un trabajo</translation>
    </message>
    <message>
        <source>%1 tasks as one job array</source>
        <translation>%1 tareas como un único job array</translation>
    </message>
    <message>
        <source>%1 tasks as one job array (split into %2 arrays: MaxArraySize %3)</source>
        <translation>%1 tareas como un único job array (dividido en %2 arrays: MaxArraySize %3)</translation>
    </message>
    <message>
        <source>Batch script</source>
        <translation>Script batch</translation>
    </message>
    <message>
        <source>Parameter table</source>
        <translation>Tabla de parámetros</translation>
    </message>
    <message>
        <source>Rendering %1 tasks…</source>
        <translation>Generando %1 tareas…</translation>
    </message>
    <message>
        <source>No batch script yet</source>
        <translation>Aún no hay script batch</translation>
    </message>
    <message>
        <source>The batch script cannot be written yet</source>
        <translation>El script batch aún no se puede escribir</translation>
    </message>
    <message>
        <source>Cost at most: %1</source>
        <translation>Coste máximo: %1</translation>
    </message>
    <message>
        <source>%1
The whole wall time is held from the budget until the job ends.</source>
        <translation>%1
Todo el tiempo límite queda retenido del presupuesto hasta que termina el trabajo.</translation>
    </message>
    <message>
        <source># %1 of %2 scripts; the others differ only in their task range.
</source>
        <translation># Script %1 de %2; los demás solo difieren en su rango de tareas.
</translation>
    </message>
    <message>
        <source>No sweep: one job with these parameter values.</source>
        <translation>Sin barrido: un trabajo con estos valores de parámetros.</translation>
    </message>
    <message>
        <source>%1. Showing the first %2 tasks; the row number is $SLURM_ARRAY_TASK_ID.</source>
        <translation>%1. Se muestran las primeras %2 tareas; el número de fila es $SLURM_ARRAY_TASK_ID.</translation>
    </message>
    <message>
        <source>%1. The row number is $SLURM_ARRAY_TASK_ID.</source>
        <translation>%1. El número de fila es $SLURM_ARRAY_TASK_ID.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentsView</name>
    <message>
        <source>No experiment open</source>
        <translation>Ningún experimento abierto</translation>
    </message>
    <message>
        <source>Open experiment…</source>
        <translation>Abrir experimento…</translation>
    </message>
    <message>
        <source>An experiment describes one training job: the resources it needs, the command it runs and the hyperparameters to sweep. Open an experiment file (.json), or start from a template, to edit it and see its batch script.</source>
        <translation>Un experimento describe un trabajo de entrenamiento: los recursos que necesita, el comando que ejecuta y los hiperparámetros que se barren. Abra un archivo de experimento (.json), o empiece a partir de una plantilla, para editarlo y ver su script batch.</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nuevo a partir de plantilla…</translation>
    </message>
</context>
<context>
    <name>fab::widgets::FirstRunGuide</name>
    <message>
        <source>Welcome to Fabbrica</source>
        <translation>Bienvenido a Fabbrica</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Fabbrica&lt;/h2&gt;&lt;p&gt;Train on your own computer first, then scale the same experiment up on Europe&apos;s supercomputers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Fabbrica&lt;/h2&gt;&lt;p&gt;Entrene primero en su propio ordenador y después escale el mismo experimento en los superordenadores de Europa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try it on this computer</source>
        <translation>Probarlo en este ordenador</translation>
    </message>
    <message>
        <source>Runs a small sample training right here: no account, no network. Its loss curve appears within seconds.</source>
        <translation>Ejecuta aquí mismo un pequeño entrenamiento de ejemplo: sin cuenta ni red. Su curva de pérdida aparece en segundos.</translation>
    </message>
    <message>
        <source>Connect to a supercomputer</source>
        <translation>Conectarse a un superordenador</translation>
    </message>
    <message>
        <source>Pick your centre (LUMI, Leonardo, MareNostrum 5, …), enter your user name and key or import them from ~/.ssh/config, and test the connection.</source>
        <translation>Elija su centro (LUMI, Leonardo, MareNostrum 5, …), introduzca su nombre de usuario y su clave o impórtelos de ~/.ssh/config, y pruebe la conexión.</translation>
    </message>
    <message>
        <source>Open a workshop bundle</source>
        <translation>Abrir un paquete de taller</translation>
    </message>
    <message>
        <source>Your teacher gave you a .fabbrica file: it brings the cluster, the experiments and the data of the course.</source>
        <translation>Su profesor le ha dado un archivo .fabbrica: trae el clúster, los experimentos y los datos del curso.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which supercomputer?&lt;/h3&gt;&lt;p&gt;Fabbrica knows the login hosts, partitions and budget tools of these centres. You add your user name and key next.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;¿Qué superordenador?&lt;/h3&gt;&lt;p&gt;Fabbrica conoce los hosts de login, las particiones y las herramientas de presupuesto de estos centros. A continuación añadirá su nombre de usuario y su clave.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Supercomputer centre</source>
        <translation>Centro de supercomputación</translation>
    </message>
    <message>
        <source>Another cluster (enter its host yourself)</source>
        <translation>Otro clúster (introduzca usted su host)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Help ▸ Getting started opens this guide again.</source>
        <translation>Ayuda ▸ Primeros pasos vuelve a abrir esta guía.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::GlossaryDialog</name>
    <message>
        <source>Account (project)</source>
        <translation>Cuenta (proyecto)</translation>
    </message>
    <message>
        <source>The project your hours are charged to, e.g. EUHPC_D12_345. Your centre gives it with the allocation; every job names one.</source>
        <translation>El proyecto al que se cargan sus horas, p. ej. EUHPC_D12_345. Su centro se la da junto con la asignación; cada trabajo indica una.</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>The budget a project was granted on a machine, in GPU-hours, core-hours or node-hours, for a period. The Allocations tab shows what is used and what is left.</source>
        <translation>El presupuesto concedido a un proyecto en una máquina, en horas de GPU, horas de núcleo o nodos-hora, para un periodo. La pestaña Asignaciones muestra lo usado y lo restante.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>A group of the machine&apos;s nodes with its own limits, e.g. a GPU partition and a CPU partition, or a short debug one. You pick it per job.</source>
        <translation>Un grupo de nodos de la máquina con sus propios límites, p. ej. una partición de GPU y otra de CPU, o una corta de depuración. Se elige para cada trabajo.</translation>
    </message>
    <message>
        <source>QoS (quality of service)</source>
        <translation>QoS (calidad de servicio)</translation>
    </message>
    <message>
        <source>A set of limits and priority on top of the partition: how long, how many nodes, how many jobs at once. Most jobs use the default.</source>
        <translation>Un conjunto de límites y prioridad por encima de la partición: cuánto tiempo, cuántos nodos, cuántos trabajos a la vez. La mayoría de los trabajos usan la predeterminada.</translation>
    </message>
    <message>
        <source>GRES</source>
        <translation>GRES</translation>
    </message>
    <message>
        <source>&quot;Generic resources&quot;: what Slurm calls GPUs and other devices a job asks for, e.g. gpu:4 for four GPUs per node.</source>
        <translation>&quot;Generic resources&quot; (recursos genéricos): como llama Slurm a las GPU y otros dispositivos que pide un trabajo, p. ej. gpu:4 para cuatro GPU por nodo.</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <source>The longest a job may run, by the clock on the wall (e.g. 02:00:00). Slurm stops the job when it is reached; a shorter limit often starts sooner.</source>
        <translation>El tiempo máximo que puede durar un trabajo, medido en tiempo real (p. ej. 02:00:00). Slurm detiene el trabajo al alcanzarlo; con un límite más corto suele empezar antes.</translation>
    </message>
    <message>
        <source>Job array</source>
        <translation>Job array</translation>
    </message>
    <message>
        <source>One submission that runs many similar tasks, e.g. one per learning rate of a sweep. Each task has its own number and log; the queue treats them as one job.</source>
        <translation>Un único envío que ejecuta muchas tareas similares, p. ej. una por cada tasa de aprendizaje de un barrido. Cada tarea tiene su propio número y log; la cola las trata como un solo trabajo.</translation>
    </message>
    <message>
        <source>Node hour</source>
        <translation>Nodo-hora</translation>
    </message>
    <message>
        <source>One whole node used for one hour. Centres that charge whole nodes count these; others count GPU-hours (one GPU for one hour) or core-hours.</source>
        <translation>Un nodo completo usado durante una hora. Los centros que facturan nodos completos cuentan en nodos-hora; otros, en horas de GPU (una GPU durante una hora) o en horas de núcleo.</translation>
    </message>
    <message>
        <source>GPU-hour</source>
        <translation>Hora de GPU</translation>
    </message>
    <message>
        <source>One GPU used for one hour: 4 GPUs for 2 hours are 8 GPU-hours, charged whether or not the GPUs were busy.</source>
        <translation>Una GPU usada durante una hora: 4 GPU durante 2 horas son 8 horas de GPU, que se cobran tanto si las GPU estuvieron ocupadas como si no.</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Nodes the centre sets aside for a group at a given time, e.g. a workshop. Jobs that name it start on those nodes without waiting in the general queue.</source>
        <translation>Nodos que el centro aparta para un grupo en un momento dado, p. ej. un taller. Los trabajos que la indican empiezan en esos nodos sin esperar en la cola general.</translation>
    </message>
    <message>
        <source>Pending reason</source>
        <translation>Motivo de espera</translation>
    </message>
    <message>
        <source>Slurm&apos;s word for why a job waits (Priority, Resources, QOSMaxJobsPerUserLimit, …). The Jobs tab shows each in a sentence with what you can do.</source>
        <translation>El término de Slurm para el motivo por el que espera un trabajo (Priority, Resources, QOSMaxJobsPerUserLimit, …). La pestaña Trabajos explica cada uno en una frase, con lo que puede hacer.</translation>
    </message>
    <message>
        <source>Login node</source>
        <translation>Nodo de login</translation>
    </message>
    <message>
        <source>The machine you reach over SSH. It is shared: prepare and submit there, but never run training on it.</source>
        <translation>La máquina a la que se accede por SSH. Es compartida: prepare y envíe desde ella, pero nunca ejecute entrenamientos en ella.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Glossary of HPC terms</source>
        <translation>Glosario de términos de HPC</translation>
    </message>
</context>
<context>
    <name>fab::widgets::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Clave de host desconocida</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation>¿Es realmente %1?</translation>
    </message>
    <message>
        <source>This is the first time Fabbrica connects to %1 (address %2, port %3). The server proves who it is with this key:</source>
        <translation>Es la primera vez que Fabbrica se conecta a %1 (dirección %2, puerto %3). El servidor demuestra su identidad con esta clave:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;&amp;#10004; It matches a fingerprint published for this cluster (from the profile).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;&amp;#10004; Coincide con una huella publicada para este clúster (según el perfil).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your centre publishes (in its documentation or its welcome e-mail). If they differ, do not connect: someone may be intercepting the connection.</source>
        <translation>Compárela con la huella que publica su centro (en su documentación o en su correo de bienvenida). Si no coinciden, no se conecte: puede que alguien esté interceptando la conexión.</translation>
    </message>
    <message>
        <source>If you trust it, it is saved in %1 as %2 and not asked again. A later change of this key will be refused.</source>
        <translation>Si confía en ella, se guarda en %1 como %2 y no se volverá a preguntar. Un cambio posterior de esta clave se rechazará.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Confiar y conectar</translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsModel</name>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>%1 (signal %2)</source>
        <translation>%1 (señal %2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why it waits / ended</source>
        <translation>Motivo de la espera / del final</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Código de salida</translation>
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
        <translation>Aún no hay trabajos</translation>
    </message>
    <message>
        <source>Jobs you submit from the Experiments tab appear here with their state, wait reason, elapsed time and logs. Start by opening an experiment.</source>
        <translation>Los trabajos que envíe desde la pestaña Experimentos aparecen aquí con su estado, motivo de espera, tiempo transcurrido y logs. Empiece abriendo un experimento.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Consulta periódica</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar trabajo</translation>
    </message>
    <message>
        <source>Stops the selected job (or every task of an array), as scancel does</source>
        <translation>Detiene el trabajo seleccionado (o todas las tareas de un array), como hace scancel</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Output (stdout)</source>
        <translation>Salida (stdout)</translation>
    </message>
    <message>
        <source>Errors (stderr)</source>
        <translation>Errores (stderr)</translation>
    </message>
    <message>
        <source>Select a job to follow its log.</source>
        <translation>Seleccione un trabajo para seguir su log.</translation>
    </message>
    <message>
        <source>Job log</source>
        <translation>Log del trabajo</translation>
    </message>
    <message>
        <source>nothing left to check</source>
        <translation>no queda nada que comprobar</translation>
    </message>
    <message>
        <source>next check in %1 s</source>
        <translation>siguiente comprobación dentro de %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</source>
        <translation>
            <numerusform>%n trabajo mostrado, %1 aún en ejecución o en espera · %2 · %3 consultas al planificador en el último minuto</numerusform>
            <numerusform>%n trabajos mostrados, %1 aún en ejecución o en espera · %2 · %3 consultas al planificador en el último minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel job %1? Its work so far stays in the run folder.</source>
        <translation>¿Cancelar el trabajo %1? Lo que haya hecho hasta ahora se conserva en la carpeta de la ejecución.</translation>
    </message>
    <message>
        <source>Job %1 cancelled</source>
        <translation>Trabajo %1 cancelado</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>No se pudo cancelar %1: %2</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Volver a encolar</translation>
    </message>
    <message>
        <source>Puts the selected finished or failed job back in the queue, as scontrol requeue does</source>
        <translation>Devuelve a la cola el trabajo terminado o fallido seleccionado, como hace scontrol requeue</translation>
    </message>
    <message>
        <source>Job %1 is queued again</source>
        <translation>El trabajo %1 vuelve a estar en cola</translation>
    </message>
    <message>
        <source>Could not requeue %1: %2</source>
        <translation>No se pudo volver a encolar %1: %2</translation>
    </message>
</context>
<context>
    <name>fab::widgets::KeyValueModel</name>
    <message>
        <source>Values separated by commas, e.g. 1e-4, 3e-4, 1e-3. Put text with a comma in &quot;quotes&quot;.</source>
        <translation>Valores separados por comas, p. ej. 1e-4, 3e-4, 1e-3. Ponga entre &quot;comillas&quot; el texto que contenga una coma.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunChart</name>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>evaluation loss</source>
        <translation>pérdida de evaluación</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Gráfico de pérdida</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunForm</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>New toy model</source>
        <translation>Nuevo modelo de juguete</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Desde un archivo</translation>
    </message>
    <message>
        <source>A small GPT-2 trained from scratch with a byte tokenizer: quick to try on any computer</source>
        <translation>Un GPT-2 pequeño entrenado desde cero con un tokenizador de bytes: rápido de probar en cualquier ordenador</translation>
    </message>
    <message>
        <source>A GPT-2 model.safetensors (Hugging Face layout) or its folder, fine-tuned</source>
        <translation>Un model.safetensors de GPT-2 (estructura de Hugging Face) o su carpeta, con fine-tuning</translation>
    </message>
    <message>
        <source>Layers, heads</source>
        <translation>Capas, cabezas</translation>
    </message>
    <message>
        <source>Width, context</source>
        <translation>Anchura, contexto</translation>
    </message>
    <message>
        <source>model.safetensors or its folder</source>
        <translation>model.safetensors o su carpeta</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>a .txt or .jsonl file</source>
        <translation>un archivo .txt o .jsonl</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto plano</translation>
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
        <translation>Formato, validación</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
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
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Steps, batch, sequence</source>
        <translation>Pasos, lote, secuencia</translation>
    </message>
    <message>
        <source>Learning rate, warm-up</source>
        <translation>Tasa de aprendizaje, calentamiento</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Evaluate, sample every</source>
        <translation>Evaluar, muestrear cada</translation>
    </message>
    <message>
        <source>sample prompt (empty: start from nothing)</source>
        <translation>prompt de muestra (vacío: empezar desde nada)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation>Automático (GPU si la hay)</translation>
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
        <translation>todos los núcleos</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Ejecutar en</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>Choose a dataset: a plain-text (.txt) or JSONL (.jsonl) file.</source>
        <translation>Elija un conjunto de datos: un archivo de texto plano (.txt) o JSONL (.jsonl).</translation>
    </message>
    <message>
        <source>The dataset %1 does not exist.</source>
        <translation>El conjunto de datos %1 no existe.</translation>
    </message>
    <message>
        <source>The dataset %1 is not a readable file.</source>
        <translation>El conjunto de datos %1 no es un archivo legible.</translation>
    </message>
    <message>
        <source>Choose the model to fine-tune: a GPT-2 model.safetensors or its folder.</source>
        <translation>Elija el modelo al que hacer fine-tuning: un model.safetensors de GPT-2 o su carpeta.</translation>
    </message>
    <message>
        <source>The model %1 does not exist.</source>
        <translation>El modelo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a .safetensors file or a model folder.</source>
        <translation>%1 no es un archivo .safetensors ni una carpeta de modelo.</translation>
    </message>
    <message>
        <source>The width (%1) must be a multiple of the number of heads (%2): try %3.</source>
        <translation>La anchura (%1) debe ser múltiplo del número de cabezas (%2): pruebe con %3.</translation>
    </message>
    <message>
        <source>The sequence length (%1) is longer than the model&apos;s context (%2): lower it or raise the context.</source>
        <translation>La longitud de secuencia (%1) es mayor que el contexto del modelo (%2): redúzcala o aumente el contexto.</translation>
    </message>
    <message>
        <source>LoRA needs at least one target layer (c_attn, c_proj or c_fc).</source>
        <translation>LoRA necesita al menos una capa de destino (c_attn, c_proj o c_fc).</translation>
    </message>
    <message>
        <source>Give a seed (a whole number): the same seed trains the same model.</source>
        <translation>Indique una semilla (un número entero): la misma semilla entrena el mismo modelo.</translation>
    </message>
    <message>
        <source>Cannot start: %1.</source>
        <translation>No se puede iniciar: %1.</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>Elija un conjunto de datos</translation>
    </message>
    <message>
        <source>Text or JSONL (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>Texto o JSONL (*.txt *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a GPT-2 model</source>
        <translation>Elija un modelo GPT-2</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors);;All files (*)</source>
        <translation>safetensors (*.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Cabezas de atención</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud de contexto</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>Archivo de pesos</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>Archivo del conjunto de datos</translation>
    </message>
    <message>
        <source>Dataset format</source>
        <translation>Formato del conjunto de datos</translation>
    </message>
    <message>
        <source>Held-out fraction</source>
        <translation>Fracción reservada para validación</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rango de LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alpha de LoRA</translation>
    </message>
    <message>
        <source>LoRA dropout</source>
        <translation>Dropout de LoRA</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Longitud de secuencia</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Warm-up steps</source>
        <translation>Pasos de calentamiento</translation>
    </message>
    <message>
        <source>Evaluate every N steps</source>
        <translation>Evaluar cada N pasos</translation>
    </message>
    <message>
        <source>Sample every N steps</source>
        <translation>Muestrear cada N pasos</translation>
    </message>
    <message>
        <source>Sample prompt</source>
        <translation>Prompt de muestra</translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunsView</name>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped, can continue</source>
        <translation>detenida, se puede continuar</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>, loss %1</source>
        <translation>, pérdida %1</translation>
    </message>
    <message>
        <source>%1
%2 / %3 steps%4 · %5</source>
        <translation>%1
%2 / %3 pasos%4 · %5</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Scale &amp;up…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <source>Start a new run with these settings, in a new folder</source>
        <translation>Iniciar una ejecución nueva con esta configuración, en una carpeta nueva</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept, so the run can continue later</source>
        <translation>Detener tras el paso actual; se conserva un checkpoint, así que la ejecución puede continuar más tarde</translation>
    </message>
    <message>
        <source>Turn this run into a cluster experiment with the same hyperparameters</source>
        <translation>Convertir esta ejecución en un experimento de clúster con los mismos hiperparámetros</translation>
    </message>
    <message>
        <source>No run yet: choose the settings on the left and press Start.</source>
        <translation>Aún no hay ninguna ejecución: elija la configuración a la izquierda y pulse Iniciar.</translation>
    </message>
    <message>
        <source>Try it on this computer first</source>
        <translation>Pruébelo primero en este ordenador</translation>
    </message>
    <message>
        <source>Fine-tune a small language model on your own machine before spending cluster hours: choose a model and a dataset on the left (the sample dataset is ready) and press Start. A finished run becomes a cluster experiment with Scale up…</source>
        <translation>Haga fine-tuning de un modelo de lenguaje pequeño en su propia máquina antes de gastar horas de clúster: elija un modelo y un conjunto de datos a la izquierda (el conjunto de ejemplo ya está listo) y pulse Iniciar. Una ejecución terminada se convierte en un experimento de clúster con Escalar…</translation>
    </message>
    <message>
        <source>Text the model writes appears here every few steps (Evaluate, sample every).</source>
        <translation>Aquí aparece cada pocos pasos el texto que escribe el modelo (Evaluar, muestrear cada).</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Previous runs</source>
        <translation>Ejecuciones anteriores</translation>
    </message>
    <message>
        <source>Previous local runs</source>
        <translation>Ejecuciones locales anteriores</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint</source>
        <translation>Continuar la ejecución seleccionada desde su último checkpoint</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>— step %1 —</source>
        <translation>— paso %1 —</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(todavía nada)</translation>
    </message>
    <message>
        <source>This folder is not a local run (no readable train_config.json).</source>
        <translation>Esta carpeta no es una ejecución local (no hay un train_config.json legible).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps</source>
        <translation>%1: %2 de %3 pasos</translation>
    </message>
    <message>
        <source>Device: looking for a GPU…</source>
        <translation>Dispositivo: buscando una GPU…</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n hilo</numerusform>
            <numerusform>CPU, %n hilos</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <source>Device: no usable GPU (%1)</source>
        <translation>Dispositivo: ninguna GPU utilizable (%1)</translation>
    </message>
    <message>
        <source>Device: %1 (no GPU: %2)</source>
        <translation>Dispositivo: %1 (sin GPU: %2)</translation>
    </message>
    <message>
        <source>No NVIDIA GPU can be used here (%1). Choose CPU or Automatic.</source>
        <translation>Aquí no se puede usar ninguna GPU NVIDIA (%1). Elija CPU o Automático.</translation>
    </message>
    <message>
        <source>Continuing %1…</source>
        <translation>Continuando %1…</translation>
    </message>
    <message>
        <source>Preparing data and model…</source>
        <translation>Preparando datos y modelo…</translation>
    </message>
    <message>
        <source>A run is still finishing; try again in a moment.</source>
        <translation>Aún hay una ejecución terminando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>local %1</source>
        <translation>%1 (local)</translation>
    </message>
    <message>
        <source>Paused at step %1: Resume continues, Cancel stops and keeps a checkpoint.</source>
        <translation>En pausa en el paso %1: Reanudar continúa; Cancelar detiene y conserva un checkpoint.</translation>
    </message>
    <message>
        <source>Stopping after the current step and writing a checkpoint…</source>
        <translation>Deteniendo tras el paso actual y escribiendo un checkpoint…</translation>
    </message>
    <message>
        <source> · eval loss %1</source>
        <translation> · pérdida de evaluación %1</translation>
    </message>
    <message>
        <source>Step %1 / %2 · loss %3%4 · %5 tokens/s · ETA %6</source>
        <translation>Paso %1 / %2 · pérdida %3%4 · %5 tokens/s · tiempo restante %6</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>La ejecución se detuvo: %1</translation>
    </message>
    <message>
        <source>Stopped with an error at step %1.</source>
        <translation>Detenida con un error en el paso %1.</translation>
    </message>
    <message>
        <source>Cancelled at step %1. Select it under Previous runs and press Continue to go on.</source>
        <translation>Cancelada en el paso %1. Selecciónela en Ejecuciones anteriores y pulse Continuar para seguir.</translation>
    </message>
    <message>
        <source>Finished %1 steps. The model is in %2; Scale up… makes a cluster experiment of it.</source>
        <translation>%1 pasos completados. El modelo está en %2; Escalar… lo convierte en un experimento de clúster.</translation>
    </message>
    <message>
        <source>Text the model writes</source>
        <translation>Texto que escribe el modelo</translation>
    </message>
</context>
<context>
    <name>fab::widgets::MetricsView</name>
    <message>
        <source>No metrics to show</source>
        <translation>No hay métricas que mostrar</translation>
    </message>
    <message>
        <source>While a job runs, its training metrics (loss, learning rate, …) stream here as live charts, read from the metrics file the job writes. Submit an experiment to see its curves.</source>
        <translation>Mientras un trabajo se ejecuta, sus métricas de entrenamiento (pérdida, tasa de aprendizaje, …) llegan aquí como gráficos en directo, leídas del archivo de métricas que escribe el trabajo. Envíe un experimento para ver sus curvas.</translation>
    </message>
    <message>
        <source>Cannot read metrics of %1: %2</source>
        <translation>No se pueden leer las métricas de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 points</source>
        <translation>
            <numerusform>%n ejecución, %1 puntos</numerusform>
            <numerusform>%n ejecuciones, %1 puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Smoothing</source>
        <translation>&amp;Suavizado</translation>
    </message>
    <message>
        <source>Exponential moving average of each curve; the raw values stay drawn faintly behind it.</source>
        <translation>Media móvil exponencial de cada curva; los valores sin suavizar siguen dibujados tenuemente detrás.</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Escala &amp;logarítmica</translation>
    </message>
    <message>
        <source>Logarithmic y axis; values ≤ 0 are left out while it is on.</source>
        <translation>Eje y logarítmico; mientras está activado se omiten los valores ≤ 0.</translation>
    </message>
    <message>
        <source>&amp;X axis</source>
        <translation>Eje &amp;X</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Hora real</translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation>Tiempo desde el inicio</translation>
    </message>
    <message>
        <source>&amp;Follow new points</source>
        <translation>Seguir los pu&amp;ntos nuevos</translation>
    </message>
    <message>
        <source>A zoomed chart slides along as the job writes new points.</source>
        <translation>Un gráfico ampliado se desplaza a medida que el trabajo escribe puntos nuevos.</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <source>Show every point of every chart again.</source>
        <translation>Volver a mostrar todos los puntos de todos los gráficos.</translation>
    </message>
    <message>
        <source>Metrics of %1: %2</source>
        <translation>Métricas de %1: %2</translation>
    </message>
    <message>
        <source>%1: loading stored points</source>
        <translation>%1: cargando los puntos guardados</translation>
    </message>
    <message>
        <source>%1: connection lost, resumes where it stopped</source>
        <translation>%1: conexión perdida; se reanudará donde se detuvo</translation>
    </message>
    <message>
        <source>%1: job ended, reading the last points</source>
        <translation>%1: el trabajo ha terminado; leyendo los últimos puntos</translation>
    </message>
    <message>
        <source>%1: stopped (%2)</source>
        <translation>%1: detenido (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) that are not metrics were skipped</source>
        <translation>
            <numerusform>%1: se omitió %n línea que no es de métricas</numerusform>
            <numerusform>%1: se omitieron %n líneas que no son de métricas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::widgets::PartitionsModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminada)</translation>
    </message>
    <message>
        <source>%1 of %2 idle</source>
        <translation>%1 de %2 libres</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Slurm did not report this for the partition (sinfo&apos;s node view has no time limits, scontrol&apos;s partition view no GPUs).</source>
        <translation>Slurm no informó de esto para la partición (la vista de nodos de sinfo no tiene límites de tiempo, y la vista de particiones de scontrol no tiene GPU).</translation>
    </message>
    <message>
        <source>GPUs not in use on nodes that can take jobs (down and drained nodes count none)</source>
        <translation>GPU sin usar en nodos que pueden aceptar trabajos (los nodos caídos y drenados no cuentan ninguna)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU por nodo</translation>
    </message>
    <message>
        <source>Free GPUs</source>
        <translation>GPU libres</translation>
    </message>
    <message>
        <source>Default time</source>
        <translation>Tiempo predeterminado</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
</context>
<context>
    <name>fab::widgets::PlaceholderHighlighter</name>
    <message>
        <source>Not a parameter or sweep axis</source>
        <translation>No es un parámetro ni un eje del barrido</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ProfileEditorDialog</name>
    <message>
        <source>New cluster profile</source>
        <translation>Nuevo perfil de clúster</translation>
    </message>
    <message>
        <source>Edit cluster profile</source>
        <translation>Editar perfil de clúster</translation>
    </message>
    <message>
        <source>Import from ~/.ssh/config:</source>
        <translation>Importar de ~/.ssh/config:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
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
        <translation>login.leonardo.cineca.it, o un alias Host de ~/.ssh/config</translation>
    </message>
    <message>
        <source>your user name on the cluster</source>
        <translation>su nombre de usuario en el clúster</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Your private key. Empty: the keys in ssh-agent, then ~/.ssh/id_ed25519, id_ecdsa and id_rsa. A certificate next to it (KEY-cert.pub) is used automatically.</source>
        <translation>Su clave privada. Vacío: las claves de ssh-agent y, después, ~/.ssh/id_ed25519, id_ecdsa e id_rsa. Un certificado junto a ella (CLAVE-cert.pub) se usa automáticamente.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Elija un archivo de clave privada</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>ninguno (directo)</translation>
    </message>
    <message>
        <source>Jump hosts as OpenSSH writes them: user@bastion:port, several separated by commas.</source>
        <translation>Hosts de salto tal como los escribe OpenSSH: usuario@bastion:puerto, varios separados por comas.</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation>Hosts de &amp;salto:</translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation>Archivo de hosts conoci&amp;dos:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>$WORK/fabbrica</source>
        <translation>$WORK/fabbrica</translation>
    </message>
    <message>
        <source>saldo, lumi-allocations, it4ifree, … (optional)</source>
        <translation>saldo, lumi-allocations, it4ifree, … (opcional)</translation>
    </message>
    <message>
        <source>e.g. AIFAC_L00_000</source>
        <translation>p. ej. AIFAC_L00_000</translation>
    </message>
    <message>
        <source>e.g. boost_usr_prod</source>
        <translation>p. ej. boost_usr_prod</translation>
    </message>
    <message>
        <source>e.g. normal</source>
        <translation>p. ej. normal</translation>
    </message>
    <message>
        <source>&amp;Work folder:</source>
        <translation>Carpeta de &amp;trabajo:</translation>
    </message>
    <message>
        <source>&amp;Budget tool:</source>
        <translation>Herramienta de pr&amp;esupuesto:</translation>
    </message>
    <message>
        <source>Default &amp;account:</source>
        <translation>Cuent&amp;a predeterminada:</translation>
    </message>
    <message>
        <source>Default pa&amp;rtition:</source>
        <translation>Pa&amp;rtición predeterminada:</translation>
    </message>
    <message>
        <source>Default &amp;QoS:</source>
        <translation>&amp;QoS predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Test the connection to see the server&apos;s host key, how you log in, your user name there and its Slurm version.</source>
        <translation>Probar la conexión para ver la clave de host del servidor, cómo se inicia sesión, su nombre de usuario allí y su versión de Slurm.</translation>
    </message>
    <message>
        <source>no Host entries found</source>
        <translation>no se encontró ninguna entrada Host</translation>
    </message>
    <message>
        <source>/proxy_jump: %1</source>
        <translation>/proxy_jump: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Host key: %1 %2</source>
        <translation>Clave de host: %1 %2</translation>
    </message>
    <message>
        <source>Logged in by: %1</source>
        <translation>Autenticación: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Remote user</source>
        <translation>Usuario remoto</translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation>Slurm</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;; elija otro nombre.</translation>
    </message>
    <message>
        <source>Host to import from ~/.ssh/config</source>
        <translation>Host que importar de ~/.ssh/config</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ProfileListModel</name>
    <message>
        <source>ready, runs on this computer</source>
        <translation>listo, se ejecuta en este ordenador</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>falló la conexión</translation>
    </message>
    <message>
        <source>Runs experiments as processes on this computer; works offline.</source>
        <translation>Ejecuta los experimentos como procesos en este ordenador; funciona sin conexión.</translation>
    </message>
    <message>
        <source>%1@%2:%3 — %4</source>
        <translation>%1@%2:%3 — %4</translation>
    </message>
    <message>
        <source>(user not set)</source>
        <translation>(usuario sin definir)</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (no se puede leer)</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ScaleUpDialog</name>
    <message>
        <source>Scale up to a cluster</source>
        <translation>Escalar a un clúster</translation>
    </message>
    <message>
        <source>The same fine-tune, bigger: %1 becomes a cluster experiment with the same hyperparameters. It starts from this run&apos;s exported model and trains with PyTorch (transformers, peft) under torchrun, logging the same metrics.</source>
        <translation>El mismo fine-tuning, a mayor escala: %1 se convierte en un experimento de clúster con los mismos hiperparámetros. Parte del modelo exportado de esta ejecución y entrena con PyTorch (transformers, peft) bajo torchrun, registrando las mismas métricas.</translation>
    </message>
    <message>
        <source>Reading cluster profiles…</source>
        <translation>Leyendo los perfiles de clúster…</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>C&amp;lúster</translation>
    </message>
    <message>
        <source>&amp;Partition</source>
        <translation>&amp;Partición</translation>
    </message>
    <message>
        <source>project account (optional here; Slurm may require it)</source>
        <translation>cuenta del proyecto (aquí es opcional; Slurm puede exigirla)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU por nodo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Slurm wall time: hours:minutes:seconds, minutes, or days-hours:minutes</source>
        <translation>Tiempo límite de Slurm: horas:minutos:segundos, minutos, o días-horas:minutos</translation>
    </message>
    <message>
        <source>&amp;Wall time</source>
        <translation>&amp;Tiempo límite</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Save and &amp;open in editor</source>
        <translation>Guardar y &amp;abrir en el editor</translation>
    </message>
    <message>
        <source>Save to &amp;folder…</source>
        <translation>&amp;Guardar en carpeta…</translation>
    </message>
    <message>
        <source>%1 (AMD GPUs: not for this script)</source>
        <translation>%1 (GPU AMD: no sirven para este script)</translation>
    </message>
    <message>
        <source>There is no cluster profile to scale up to: add one (Where to run) first.</source>
        <translation>No hay ningún perfil de clúster al que escalar: añada uno primero (Dónde ejecutar).</translation>
    </message>
    <message>
        <source>The wall time &quot;%1&quot; is not one Slurm understands: write hours:minutes:seconds such as 02:00:00.</source>
        <translation>El tiempo límite &quot;%1&quot; no es uno que Slurm entienda: escriba horas:minutos:segundos, como 02:00:00.</translation>
    </message>
    <message>
        <source>The experiment would not be valid: %1</source>
        <translation>El experimento no sería válido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded into the job&apos;s folder (%n file(s), %1):
</source>
        <translation>
            <numerusform>Se sube a la carpeta del trabajo (%n archivo, %1):
</numerusform>
            <numerusform>Se suben a la carpeta del trabajo (%n archivos, %1):
</numerusform>
        </translation>
    </message>
    <message>
        <source>the shipped training script</source>
        <translation>el script de entrenamiento incluido</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>esta ejecución</translation>
    </message>
    <message>
        <source>• a PyTorch environment with transformers (and peft for LoRA) must be loaded: add the cluster&apos;s modules or container in the editor
</source>
        <translation>• hay que cargar un entorno de PyTorch con transformers (y peft para LoRA): añada en el editor los módulos o el contenedor del clúster
</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Experimento:</translation>
    </message>
    <message>
        <source>Folder for the cluster experiment</source>
        <translation>Carpeta para el experimento de clúster</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>fab::widgets::SecretPromptDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>The server %1 accepts the key %2. Enter its passphrase to unlock it.</source>
        <translation>El servidor %1 acepta la clave %2. Introduzca su frase de contraseña para desbloquearla.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation>Iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>The server asks</source>
        <translation>El servidor pregunta</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 pregunta:</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>código de un solo uso</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>One-time codes are used once and never stored.</source>
        <translation>Los códigos de un solo uso se usan una vez y nunca se guardan.</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation>Recordar la frase de contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remember the password (not the code) in the system keychain</source>
        <translation>Recordar la contraseña (no el código) en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Kept by the operating system&apos;s keychain, never in Fabbrica&apos;s files. Without it, Fabbrica keeps the secret in memory only until it quits, so a dropped link reconnects without asking.</source>
        <translation>La guarda el llavero del sistema operativo, nunca los archivos de Fabbrica. Sin él, Fabbrica conserva el secreto solo en memoria hasta que se cierra, para que un enlace caído se reconecte sin preguntar.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>fab::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>fab::widgets::SweepTableModel</name>
    <message>
        <source>Swept: changes from task to task</source>
        <translation>Barrido: cambia de una tarea a otra</translation>
    </message>
    <message>
        <source>The same in every task</source>
        <translation>Igual en todas las tareas</translation>
    </message>
</context>
<context>
    <name>fab::widgets::TemplateCatalog</name>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>No existe la plantilla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>fab::widgets::TemplateDialog</name>
    <message>
        <source>New experiment from a template</source>
        <translation>Nuevo experimento a partir de una plantilla</translation>
    </message>
    <message>
        <source>A template is a working experiment to start from: its files are copied into a new folder, and the cluster profile&apos;s defaults fill the account and partition.</source>
        <translation>Una plantilla es un experimento que funciona del que partir: sus archivos se copian en una carpeta nueva, y los valores predeterminados del perfil de clúster rellenan la cuenta y la partición.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>Carpeta nueva:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Folder for the new experiment</source>
        <translation>Carpeta para el nuevo experimento</translation>
    </message>
</context>
<context>
    <name>fab::widgets::UsageChart</name>
    <message>
        <source>Usage over time</source>
        <translation>Uso a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Select an account to see its use over time</source>
        <translation>Seleccione una cuenta para ver su uso a lo largo del tiempo</translation>
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
        <translation>%1: aún no hay lecturas del uso</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>At the current pace</source>
        <translation>Al ritmo actual</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Fin del periodo</translation>
    </message>
</context>
</TS>
