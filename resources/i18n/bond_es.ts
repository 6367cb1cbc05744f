<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdminDialog</name>
    <message>
        <source>your organisation</source>
        <translation>tu organización</translation>
    </message>
    <message>
        <source>Admin mode is for %1 staff. It shows how Bond is set up on this device and can erase it between clients. Please type the admin passphrase.</source>
        <translation>El modo de administración es para el personal de %1. Muestra cómo está configurado Bond en este equipo y puede borrarlo entre una persona usuaria y la siguiente. Escribe la frase de contraseña de administración.</translation>
    </message>
    <message>
        <source>There were several wrong tries.</source>
        <translation>Hubo varios intentos fallidos.</translation>
    </message>
    <message>
        <source>Please type the admin passphrase.</source>
        <translation>Escribe la frase de contraseña de administración.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>That passphrase isn&apos;t right.</source>
        <translation>Esa frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>That passphrase isn&apos;t right. Please try again.</source>
        <translation>Esa frase de contraseña no es correcta. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Bond could not check the passphrase just now.</source>
        <translation>Bond no pudo comprobar la frase de contraseña en este momento.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1 To keep this device safe, you can try again in %2.</source>
        <translation>%1 Para proteger este equipo, podrás volver a intentarlo dentro de %2.</translation>
    </message>
    <message>
        <source>Run the self-test to see the results here.</source>
        <translation>Ejecuta la autocomprobación para ver aquí los resultados.</translation>
    </message>
    <message>
        <source>Hand back erases everything the last client left on this device, so the next one starts afresh: their vault and its backups, the key in the system keyring, their preferences, Bond&apos;s log and cache, and the start-at-login entry. The key is destroyed first, so nothing can be read back even from a copy of the disk. Bond then checks that nothing is left and says so if anything is.</source>
        <translation>Devolver el equipo borra todo lo que dejó en él la última persona, para que la siguiente empiece de cero: su caja fuerte y sus copias de seguridad, la llave en el llavero del sistema, sus preferencias, el registro y la caché de Bond, y el inicio automático. Primero se destruye la llave, así que nada se puede recuperar ni siquiera de una copia del disco. Después, Bond comprueba que no queda nada y avisa si algo queda.</translation>
    </message>
    <message>
        <source>The site policy and the wait after wrong admin passphrases stay. This cannot be undone: make sure the client has made an encrypted backup (Settings → Your data) of anything they want to keep.</source>
        <translation>La política del centro y la espera tras frases de administración incorrectas se mantienen. Esto no se puede deshacer: asegúrate de que la persona haya hecho una copia de seguridad cifrada (Configuración → Tus datos) de lo que quiera conservar.</translation>
    </message>
    <message>
        <source>The site policy and the wait after wrong admin passphrases stay. This cannot be undone: make sure the client has exported anything they want to keep.</source>
        <translation>La política del centro y la espera tras frases de administración incorrectas se mantienen. Esto no se puede deshacer: asegúrate de que la persona haya exportado lo que quiera conservar.</translation>
    </message>
    <message>
        <source>&amp;Type %1 to confirm</source>
        <translation>&amp;Escribe %1 para confirmar</translation>
    </message>
    <message>
        <source>No site policy is in force on this device.</source>
        <translation>No hay ninguna política del centro en vigor en este equipo.</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <source>Policy file: %1</source>
        <translation>Archivo de política: %1</translation>
    </message>
    <message>
        <source>Data folder: fixed at %1</source>
        <translation>Carpeta de datos: fijada en %1</translation>
    </message>
    <message>
        <source>Data folder: Bond&apos;s usual folder for this user</source>
        <translation>Carpeta de datos: la habitual de Bond para esta cuenta</translation>
    </message>
    <message>
        <source>Every vault must have a passphrase; the keyring alone is not offered.</source>
        <translation>Toda caja fuerte necesita una frase de contraseña; no se ofrece usar solo el llavero.</translation>
    </message>
    <message>
        <source>People may keep the vault key in the keyring, a passphrase, or both.</source>
        <translation>Cada persona puede guardar la llave de la caja fuerte en el llavero, tras una frase de contraseña o de ambas formas.</translation>
    </message>
    <message>
        <source>People choose when Bond locks itself.</source>
        <translation>Cada persona elige cuándo se bloquea Bond.</translation>
    </message>
    <message>
        <source>Bond locks after %1 minutes without use; people may choose a shorter time.</source>
        <translation>Bond se bloquea tras %1 minutos sin uso; se puede elegir un tiempo más corto.</translation>
    </message>
    <message>
        <source>Bond locks after %1 minutes without use; people cannot change this.</source>
        <translation>Bond se bloquea tras %1 minutos sin uso; no se puede cambiar.</translation>
    </message>
    <message>
        <source>Exports (JSON and PDF) are turned off.</source>
        <translation>Las exportaciones (JSON y PDF) están desactivadas.</translation>
    </message>
    <message>
        <source>People may export their data.</source>
        <translation>Cada persona puede exportar sus datos.</translation>
    </message>
    <message>
        <source>Staff may hand the device back (erase everything) from admin mode.</source>
        <translation>El personal puede devolver el equipo (borrarlo todo) desde el modo de administración.</translation>
    </message>
    <message>
        <source>Hand-back from admin mode is turned off.</source>
        <translation>Devolver el equipo desde el modo de administración está desactivado.</translation>
    </message>
    <message>
        <source>An admin passphrase is set.</source>
        <translation>Hay una frase de contraseña de administración.</translation>
    </message>
    <message>
        <source>No admin passphrase is set.</source>
        <translation>No hay frase de contraseña de administración.</translation>
    </message>
    <message>
        <source>Bond erases everything after %1 hours without use.</source>
        <translation>Bond lo borra todo tras %1 horas sin uso.</translation>
    </message>
    <message>
        <source>Bond never erases itself on a timer.</source>
        <translation>Bond nunca se borra solo por tiempo.</translation>
    </message>
    <message>
        <source>Suggested exercises: %1</source>
        <translation>Ejercicios sugeridos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Hidden exercises: %1</source>
        <translation>Ejercicios ocultos: %1</translation>
    </message>
    <message>
        <source>Content pack folders: %1</source>
        <translation>Carpetas de paquetes de contenido: %1</translation>
    </message>
    <message>
        <source>Support contacts: only the organisation&apos;s (the emergency number stays).</source>
        <translation>Contactos de ayuda: solo los de la organización (el número de emergencias se mantiene).</translation>
    </message>
    <message>
        <source>Support contacts: the organisation&apos;s first, then Bond&apos;s own.</source>
        <translation>Contactos de ayuda: primero los de la organización y después los de Bond.</translation>
    </message>
    <message>
        <source>The policy file could not be used as written, so Bond runs locked down (closed rather than open). Please fix these problems:</source>
        <translation>El archivo de política no se pudo usar tal como está, así que Bond funciona con la configuración más restrictiva (cerrado en vez de abierto). Corrige estos problemas:</translation>
    </message>
    <message>
        <source>What is in force meanwhile:</source>
        <translation>Lo que está en vigor mientras tanto:</translation>
    </message>
    <message>
        <source>No content packs are set in the policy.</source>
        <translation>La política no indica ningún paquete de contenido.</translation>
    </message>
    <message>
        <source>Loaded. Exercises: %1. Articles: %2. Support regions: %3.</source>
        <translation>Cargado. Ejercicios: %1. Artículos: %2. Regiones de ayuda: %3.</translation>
    </message>
    <message>
        <source>Skipped: nothing from this pack is shown, because of:</source>
        <translation>Omitido: no se muestra nada de este paquete por lo siguiente:</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Caja fuerte</translation>
    </message>
    <message>
        <source>Built-in content</source>
        <translation>Contenido incluido</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesita atención</translation>
    </message>
    <message>
        <source>The self-test could not finish. See Bond&apos;s log.</source>
        <translation>La autocomprobación no pudo terminar. Consulta el registro de Bond.</translation>
    </message>
    <message>
        <source>WIPE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <source>Please type %1 first.</source>
        <translation>Escribe primero %1.</translation>
    </message>
    <message>
        <source>Admin mode</source>
        <translation>Modo de administración</translation>
    </message>
    <message>
        <source>Admin &amp;passphrase</source>
        <translation>&amp;Frase de contraseña de administración</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation>Frase de contraseña de administración</translation>
    </message>
    <message>
        <source>Admin passphrase message</source>
        <translation>Mensaje sobre la frase de contraseña de administración</translation>
    </message>
    <message>
        <source>&amp;Open admin mode</source>
        <translation>Ab&amp;rir el modo de administración</translation>
    </message>
    <message>
        <source>Admin sections</source>
        <translation>Secciones de administración</translation>
    </message>
    <message>
        <source>P&amp;olicy</source>
        <translation>&amp;Normas</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Política en vigor</translation>
    </message>
    <message>
        <source>&amp;Content packs</source>
        <translation>&amp;Paquetes de contenido</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Paquetes de contenido</translation>
    </message>
    <message>
        <source>&amp;Self-test</source>
        <translation>&amp;Autocomprobación</translation>
    </message>
    <message>
        <source>Checks that the vault opens and is intact, that Bond&apos;s own content is valid, and that the system keyring can store and delete a test entry. Nothing anyone wrote is shown.</source>
        <translation>Comprueba que la caja fuerte se abre y está intacta, que el contenido propio de Bond es válido y que el llavero del sistema puede guardar y borrar una entrada de prueba. No se muestra nada de lo que nadie haya escrito.</translation>
    </message>
    <message>
        <source>&amp;Run the self-test</source>
        <translation>E&amp;jecutar la autocomprobación</translation>
    </message>
    <message>
        <source>Self-test results</source>
        <translation>Resultados de la autocomprobación</translation>
    </message>
    <message>
        <source>&amp;Hand back device</source>
        <translation>&amp;Devolver el equipo</translation>
    </message>
    <message>
        <source>What hand-back erases</source>
        <translation>Lo que se borra al devolver el equipo</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Palabra de confirmación</translation>
    </message>
    <message>
        <source>&amp;Erase everything and hand back</source>
        <translation>&amp;Borrar todo y devolver</translation>
    </message>
    <message>
        <source>Hand-back message</source>
        <translation>Mensaje sobre la devolución</translation>
    </message>
</context>
<context>
    <name>AgreementReview</name>
    <message>
        <source>Last time you agreed</source>
        <translation>Lo acordado la última vez</translation>
    </message>
    <message>
        <source>For each one: how did it go? There is no wrong answer; &quot;not yet&quot; is useful to know.</source>
        <translation>Para cada uno: ¿cómo fue? No hay respuestas incorrectas; «todavía no» también es útil saberlo.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Cambiarlo</translation>
    </message>
    <message>
        <source>Retire it</source>
        <translation>Retirarlo</translation>
    </message>
    <message>
        <source>The new wording</source>
        <translation>La nueva redacción</translation>
    </message>
    <message>
        <source>New wording for this agreement</source>
        <translation>Nueva redacción para este acuerdo</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>All reviewed.</source>
        <translation>Todo revisado.</translation>
    </message>
</context>
<context>
    <name>AgreementStep</name>
    <message>
        <source>Our agreement</source>
        <translation>Nuestro acuerdo</translation>
    </message>
    <message>
        <source>One small, doable thing.</source>
        <translation>Una cosa pequeña y posible.</translation>
    </message>
    <message>
        <source>Look at it again on a set &amp;day</source>
        <translation>Revisarlo otra vez en una &amp;fecha concreta</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Our agreements</source>
        <translation>Nuestros acuerdos</translation>
    </message>
    <message>
        <source>Small things you agreed on together. Your next weekly meeting starts by looking at each one: kept, partly, not yet, change it, or retire it.</source>
        <translation>Pequeñas cosas acordadas en pareja. La próxima reunión semanal empieza repasando cada una: cumplido, en parte, todavía no, cambiarlo o retirarlo.</translation>
    </message>
    <message>
        <source>Active agreements</source>
        <translation>Acuerdos activos</translation>
    </message>
    <message>
        <source>No agreements yet. They appear here when you make one in a weekly meeting or another exercise for two.</source>
        <translation>Aún no hay acuerdos. Aparecen aquí cuando se hace uno en una reunión semanal o en otro ejercicio para dos.</translation>
    </message>
    <message>
        <source>&amp;Retire this agreement</source>
        <translation>Retirar &amp;este acuerdo</translation>
    </message>
    <message>
        <source>Retire the selected agreement</source>
        <translation>Retirar el acuerdo seleccionado</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>kept last time</source>
        <translation>cumplido la última vez</translation>
    </message>
    <message>
        <source>partly kept last time</source>
        <translation>cumplido en parte la última vez</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Bond is already open. Look for its window; only one can use a vault at a time.</source>
        <translation>Bond ya está abierto. Busca su ventana; solo una puede usar la caja fuerte a la vez.</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>your organisation</source>
        <translation>tu organización</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>%1 min read</source>
        <extracomment>The room above, below and right of the text, in pixels (the pane&apos;s own padding is outside it); on the left, only a caret&apos;s room, so the text starts near the page&apos;s edge. What changes how long the lines are, or the room they have.</extracomment>
        <translation>%1 min de lectura</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Bond keeps no record that this article was opened.</source>
        <translation>Bond no guarda ningún registro de que se abrió este artículo.</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Aviso de contenido: %1</translation>
    </message>
    <message>
        <source>You can read it now, later, or not at all. If you would like to settle first, Longer out-breath under Exercises takes two minutes.</source>
        <translation>Puedes leerlo ahora, más tarde o nunca. Si antes quieres calmarte, el ejercicio «Longer out-breath» (espiración larga), en Ejercicios, dura dos minutos.</translation>
    </message>
    <message>
        <source>Link: %1. Enter opens it.</source>
        <translation>Enlace: %1. Intro lo abre.</translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation>Encabezado de nivel %1</translation>
    </message>
    <message>
        <source>This link opens in your web browser, outside Bond. Open it?
%1</source>
        <translation>Este enlace se abre en tu navegador, fuera de Bond. ¿Abrirlo?
%1</translation>
    </message>
    <message>
        <source>Open this page in your web browser?
%1

Bond itself never goes online; your browser will.</source>
        <translation>¿Abrir esta página en tu navegador?
%1

Bond nunca se conecta a internet; tu navegador sí lo hará.</translation>
    </message>
    <message>
        <source>A saved PDF is an ordinary file outside Bond&apos;s vault: anyone who can see your files could find it. Save it anyway?</source>
        <translation>Un PDF guardado es un archivo normal, fuera de la caja fuerte de Bond: cualquiera que vea tus archivos podría encontrarlo. ¿Guardarlo de todos modos?</translation>
    </message>
    <message>
        <source>Save the article as PDF</source>
        <translation>Guardar el artículo como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Bookmar&amp;k</source>
        <translation>M&amp;arcar</translation>
    </message>
    <message>
        <source>Bookmark this article</source>
        <translation>Marcar este artículo</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the article as a PDF file</source>
        <translation>Guardar el artículo como archivo PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Imprimir el artículo</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <source>Read it &amp;now</source>
        <translation>&amp;Leerlo ahora</translation>
    </message>
    <message>
        <source>Read it now</source>
        <translation>Leerlo ahora</translation>
    </message>
    <message>
        <source>No&amp;t now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>Not now, back to the library</source>
        <translation>Ahora no, volver a la biblioteca</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
</context>
<context>
    <name>Boundaries</name>
    <message>
        <source>My boundaries</source>
        <translation>Mis límites</translation>
    </message>
    <message>
        <source>Whose lis&amp;t</source>
        <translation>De &amp;quién es la lista</translation>
    </message>
    <message>
        <source>Whose boundary list</source>
        <translation>De quién es la lista de límites</translation>
    </message>
    <message>
        <source>Each person has their own list, sealed to them in the vault. A list opens only with its owner&apos;s PIN, if they set one in Settings; without a PIN, anyone using Bond here could open it.</source>
        <translation>Cada persona tiene su propia lista, sellada para ella en la caja fuerte. Una lista solo se abre con el PIN de quien la escribió, si puso uno en Configuración; sin PIN, cualquiera que use Bond aquí podría abrirla.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>The &amp;situation</source>
        <translation>La &amp;situación</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situación</translation>
    </message>
    <message>
        <source>How I &amp;feel</source>
        <translation>&amp;Cómo me siento</translation>
    </message>
    <message>
        <source>How I feel</source>
        <translation>Cómo me siento</translation>
    </message>
    <message>
        <source>What I &amp;need</source>
        <translation>&amp;Lo que necesito</translation>
    </message>
    <message>
        <source>What I need</source>
        <translation>Lo que necesito</translation>
    </message>
    <message>
        <source>S&amp;ave changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>How it felt, &amp;0–10 (10 = good)</source>
        <translation>Cómo me sentí, &amp;0–10 (10 = bien)</translation>
    </message>
    <message>
        <source>Save &quot;&amp;I used this&quot;</source>
        <translation>Guardar «Lo puse &amp;en práctica»</translation>
    </message>
    <message>
        <source>The words I&apos;ll use</source>
        <translation>Las palabras que usaré</translation>
    </message>
    <message>
        <source>What I&apos;ll do if it is &amp;crossed</source>
        <translation>Qué &amp;haré si no se respeta</translation>
    </message>
    <message>
        <source>What I&apos;ll do if it is crossed</source>
        <translation>Qué haré si no se respeta</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>Retire this boundary</source>
        <translation>Retirar este límite</translation>
    </message>
    <message>
        <source>I used this</source>
        <translation>Lo puse en práctica</translation>
    </message>
    <message>
        <source>How it &amp;went</source>
        <translation>C&amp;ómo fue</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>How it felt from 0 to 10</source>
        <translation>Cómo me sentí, del 0 al 10</translation>
    </message>
    <message>
        <source>No boundaries saved yet. The exercise &quot;Set one boundary&quot; helps you write one, and it is saved here.</source>
        <translation>Aún no hay límites guardados. El ejercicio «Set one boundary» (poner un límite) te ayuda a escribir uno, y se guarda aquí.</translation>
    </message>
    <message>
        <source>Enter the P&amp;IN…</source>
        <translation>Escribir el P&amp;IN…</translation>
    </message>
    <message>
        <source>Enter the PIN to open this list</source>
        <translation>Escribe el PIN para abrir esta lista</translation>
    </message>
</context>
<context>
    <name>BoundariesFeature</name>
    <message>
        <source>One of these boundaries is not where it was saved, so Bond did not open it. Someone with access to Bond&apos;s files may have moved it. Nothing was changed.</source>
        <translation>Uno de estos límites no está donde se guardó, así que Bond no lo ha abierto. Puede que alguien con acceso a los archivos de Bond lo haya movido. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Noted. Keeping a boundary takes practice.</source>
        <translation>Anotado. Mantener un límite requiere práctica.</translation>
    </message>
    <message>
        <source>Retired.</source>
        <translation>Retirado.</translation>
    </message>
</context>
<context>
    <name>BoundariesScreen</name>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>%n vez puesto en práctica</numerusform>
            <numerusform>%n veces puesto en práctica</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s list is private. It opens with %1&apos;s PIN.</source>
        <translation>La lista de %1 es privada. Se abre con el PIN de %1.</translation>
    </message>
</context>
<context>
    <name>BoundaryStep</name>
    <message>
        <source>The situation</source>
        <translation>La situación</translation>
    </message>
    <message>
        <source>How I feel</source>
        <translation>Cómo me siento</translation>
    </message>
    <message>
        <source>What I need</source>
        <translation>Lo que necesito</translation>
    </message>
    <message>
        <source>The words I&apos;ll use</source>
        <translation>Las palabras que usaré</translation>
    </message>
    <message>
        <source>What I&apos;ll do if it is crossed</source>
        <translation>Qué haré si no se respeta</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Press Start when you are ready.</source>
        <translation>Pulsa Empezar cuando quieras.</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Fase de la respiración</translation>
    </message>
    <message>
        <source>Start breath&amp;ing</source>
        <translation>&amp;Empezar a respirar</translation>
    </message>
    <message>
        <source>Stop the &amp;guide</source>
        <translation>Dete&amp;ner la guía</translation>
    </message>
    <message>
        <source>Stopped. You can start again any time.</source>
        <translation>Parado. Puedes volver a empezar cuando quieras.</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiración %1 de %2</translation>
    </message>
    <message>
        <source>Well done. Notice how you feel now.</source>
        <translation>Buen trabajo. Fíjate en cómo te sientes ahora.</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Opening your vault…</source>
        <translation>Abriendo tu caja fuerte…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ClinicFeature</name>
    <message>
        <source>This device was handed back: nothing from before is left on it.</source>
        <extracomment>Emitted right after the preferences were forgotten (hand-back, auto-wipe), so the appearance and the Settings screen can show the defaults again.</extracomment>
        <translation>Este equipo se devolvió: no queda nada de antes.</translation>
    </message>
    <message>
        <source>Remove the sample data?</source>
        <translation>¿Quitar los datos de ejemplo?</translation>
    </message>
    <message>
        <source>This deletes this vault and everything in it, including anything you added yourselves, then Bond starts afresh so you can set it up for real.</source>
        <translation>Esto borra esta caja fuerte y todo lo que contiene, incluido lo que se haya añadido, y Bond vuelve a empezar para configurarlo de verdad.</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Quitarlos</translation>
    </message>
    <message>
        <source>&amp;Keep it for now</source>
        <translation>&amp;Dejarlos por ahora</translation>
    </message>
    <message>
        <source>This device was reset by %1 after %2 hours without use.</source>
        <translation>%1 restableció este equipo tras %2 horas sin uso.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>The key may still be in the system keyring.</source>
        <translation>Puede que la llave siga en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Bond erased what it could, but some things are still there.</source>
        <translation>Bond borró lo que pudo, pero todavía quedan algunas cosas.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Break timer</source>
        <translation>Temporizador de la pausa</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>When to come back</source>
        <translation>Cuándo volver</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>&amp;Finish early</source>
        <translation>Termi&amp;nar antes</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Queda %n minuto</numerusform>
            <numerusform>Quedan %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the &amp;timer</source>
        <translation>&amp;Empezar el temporizador</translation>
    </message>
    <message>
        <source>We&apos;re read&amp;y early</source>
        <translation>Ya podemo&amp;s volver</translation>
    </message>
    <message>
        <source>&amp;We need more time (+5 minutes)</source>
        <translation>&amp;Necesitamos más tiempo (+5 minutos)</translation>
    </message>
    <message>
        <source>More time (+&amp;5 minutes)</source>
        <translation>Más &amp;tiempo (+5 minutos)</translation>
    </message>
    <message>
        <source>Agree now: you come back at %1.</source>
        <translation>Acuerdo: la vuelta es a las %1.</translation>
    </message>
    <message>
        <source>It ends at %1.</source>
        <translation>Termina a las %1.</translation>
    </message>
    <message>
        <source>Come back together at %1.</source>
        <translation>Reencuentro a las %1.</translation>
    </message>
    <message>
        <source>Time is up. Welcome back.</source>
        <translation>Se acabó el tiempo. Hola de nuevo.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside Bond. Everything you had already saved is safe.

If this keeps happening, the log file can help someone fix it. It records what Bond was doing, never what you wrote:
%1</source>
        <translation>Algo falló dentro de Bond. Todo lo que ya habías guardado está a salvo.

Si vuelve a pasar, el archivo de registro puede ayudar a arreglarlo. Anota lo que Bond estaba haciendo, nunca lo que escribiste:
%1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo falló</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>&amp;Back to the article</source>
        <translation>&amp;Volver al artículo</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation>Tipo de ejercicio</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>Together or alone</source>
        <translation>En pareja o a solas</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>Ti&amp;empo</translation>
    </message>
    <message>
        <source>How much time you have</source>
        <translation>Cuánto tiempo tienes</translation>
    </message>
    <message>
        <source>together</source>
        <translation>en pareja</translation>
    </message>
    <message>
        <source>alone</source>
        <translation>a solas</translation>
    </message>
    <message>
        <source>together or alone</source>
        <translation>en pareja o a solas</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <source>Exercises for two are for partners who feel safe with each other. If you are afraid of your partner, they are not the right tool; Get support now (F1) lists services that can help, in confidence.</source>
        <translation>Los ejercicios para dos son para parejas que se sienten a salvo la una con la otra. Si tienes miedo de tu pareja, no son la herramienta adecuada; en Pedir ayuda ahora (F1) hay servicios que pueden ayudarte, de forma confidencial.</translation>
    </message>
    <message>
        <source>Start &amp;together</source>
        <translation>Empezar en &amp;pareja</translation>
    </message>
    <message>
        <source>Start together</source>
        <translation>Empezar en pareja</translation>
    </message>
    <message>
        <source>Start &amp;alone</source>
        <translation>Empezar a &amp;solas</translation>
    </message>
    <message>
        <source>Start alone</source>
        <translation>Empezar a solas</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Leer más</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>ExercisesFeature</name>
    <message>
        <source>Before your first exercise together</source>
        <translation>Antes del primer ejercicio en pareja</translation>
    </message>
    <message>
        <source>Exercises for two are made for partners who feel safe with each other. Either of you can pause or stop at any time, without a reason.

If being open together doesn&apos;t feel safe right now, practising on your own is always there, and Get support now (F1) lists services that can help, in confidence.</source>
        <translation>Los ejercicios para dos están pensados para parejas que se sienten a salvo la una con la otra. Cualquiera de las dos personas puede pausar o parar en cualquier momento, sin dar explicaciones.

Si abrirse en pareja no se siente seguro ahora mismo, practicar por tu cuenta siempre es posible, y en Pedir ayuda ahora (F1) hay servicios que pueden ayudarte, de forma confidencial.</translation>
    </message>
    <message>
        <source>&amp;Start together</source>
        <translation>&amp;Empezar en pareja</translation>
    </message>
    <message>
        <source>Practise &amp;alone instead</source>
        <translation>Practicar a &amp;solas</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>That exercise is no longer available.</source>
        <translation>Ese ejercicio ya no está disponible.</translation>
    </message>
    <message>
        <source>Well done. What you agreed is under Agreements; boundaries are under Boundaries.</source>
        <translation>Buen trabajo. Lo acordado está en Acuerdos; los límites, en Límites.</translation>
    </message>
    <message>
        <source>Paused. It is waiting for you below whenever you want to go on.</source>
        <translation>En pausa. Te espera aquí abajo para cuando quieras seguir.</translation>
    </message>
    <message>
        <source>You stopped, and that is fine. What you wrote is kept. If something stirred you up, Longer out-breath or Get support now (F1) are here.</source>
        <translation>Has parado, y está bien. Lo que escribiste se guarda. Si algo te removió, tienes a mano «Longer out-breath» (espiración larga) o Pedir ayuda ahora (F1).</translation>
    </message>
    <message>
        <source>You stopped, and your answers were deleted. If something stirred you up, Longer out-breath or Get support now (F1) are here.</source>
        <translation>Has parado, y tus respuestas se borraron. Si algo te removió, tienes a mano «Longer out-breath» (espiración larga) o Pedir ayuda ahora (F1).</translation>
    </message>
    <message>
        <source>Your exercise is paused. What would help right now?</source>
        <translation>Tu ejercicio está en pausa. ¿Qué te ayudaría ahora mismo?</translation>
    </message>
    <message>
        <source>&amp;Slow breathing</source>
        <translation>Respiración &amp;lenta</translation>
    </message>
    <message>
        <source>&amp;Grounding with the senses</source>
        <translation>&amp;Anclaje con los sentidos</translation>
    </message>
    <message>
        <source>&amp;Just go Home</source>
        <translation>&amp;Ir a Inicio sin más</translation>
    </message>
    <message>
        <source>Paused. It is waiting for you below.</source>
        <translation>En pausa. Te espera aquí abajo.</translation>
    </message>
</context>
<context>
    <name>ExercisesScreen</name>
    <message>
        <source>All kinds</source>
        <extracomment>The search field&apos;s widest, in characters of its text.</extracomment>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Charlas semanales</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Conflict repair</source>
        <translation>Reparar tras un conflicto</translation>
    </message>
    <message>
        <source>Calming and grounding</source>
        <translation>Calma y anclaje</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Together or alone</source>
        <translation>En pareja o a solas</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>A solas</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Cualquier duración</translation>
    </message>
    <message>
        <source>Up to %1 minutes</source>
        <translation>Hasta %1 minutos</translation>
    </message>
    <message>
        <source>Suggested by %1</source>
        <translation>Sugerido por %1</translation>
    </message>
    <message>
        <source>Search the exercises</source>
        <translation>Buscar en los ejercicios</translation>
    </message>
    <message numerus="yes">
        <source>%n content file(s) could not be loaded and were skipped. Details are in the log.</source>
        <translation>
            <numerusform>Archivos de contenido que no se pudieron cargar y se omitieron: %n. Los detalles están en el registro.</numerusform>
            <numerusform>Archivos de contenido que no se pudieron cargar y se omitieron: %n. Los detalles están en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start together</source>
        <translation>Empezar en pareja</translation>
    </message>
    <message>
        <source>Start alone</source>
        <translation>Empezar a solas</translation>
    </message>
    <message>
        <source>Start together: %1</source>
        <translation>Empezar en pareja: %1</translation>
    </message>
    <message>
        <source>Start alone: %1</source>
        <translation>Empezar a solas: %1</translation>
    </message>
    <message>
        <source>No exercise fits these filters.</source>
        <translation>Ningún ejercicio encaja con estos filtros.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Aviso de contenido: %1</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>Leer más:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Add your partner on Home to do this together.</source>
        <translation>Añade a tu pareja en Inicio para hacer esto en pareja.</translation>
    </message>
</context>
<context>
    <name>FeelingWheel</name>
    <message>
        <source>Feeling wheel</source>
        <translation>Rueda de emociones</translation>
    </message>
    <message>
        <source>%1: show words</source>
        <translation>%1: mostrar palabras</translation>
    </message>
    <message>
        <source>Words you picked</source>
        <translation>Palabras que elegiste</translation>
    </message>
    <message>
        <source>You picked: %1</source>
        <translation>Elegiste: %1</translation>
    </message>
    <message>
        <source>Pick as many words as fit, or none.</source>
        <translation>Elige tantas palabras como encajen, o ninguna.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Bond</source>
        <translation>Te damos la bienvenida a Bond</translation>
    </message>
    <message>
        <source>&lt;p&gt;Bond helps you look after a close relationship: a weekly check-in with your partner, skills you can practise on your own, and calm ways to come back to each other after a hard moment.&lt;/p&gt;&lt;p&gt;Bond is a practice tool. It is not therapy, and it can&apos;t tell whether a relationship is safe. If things feel heavy or stay hard, a counsellor or therapist can help, and &lt;b&gt;Get support now&lt;/b&gt; (F1) is always one key away.&lt;/p&gt;&lt;p&gt;Everything you write stays on this computer, in an encrypted vault. Bond has no account and never goes online.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bond te ayuda a cuidar una relación cercana: una charla semanal con tu pareja, habilidades que puedes practicar por tu cuenta y formas tranquilas de reencontrarse después de un momento difícil.&lt;/p&gt;&lt;p&gt;Bond es una herramienta para practicar. No es una terapia y no puede saber si una relación es segura. Si las cosas pesan o siguen siendo difíciles, un psicólogo, una psicóloga u otra persona profesional puede ayudar, y &lt;b&gt;Pedir ayuda ahora&lt;/b&gt; (F1) está siempre a una tecla.&lt;/p&gt;&lt;p&gt;Todo lo que escribes se queda en este equipo, en una caja fuerte cifrada. Bond no tiene cuentas y nunca se conecta a internet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>&lt;p&gt;The exercises for two are made for partners who feel safe with each other.&lt;/p&gt;&lt;p&gt;If you are afraid of your partner, or there is hitting, threats, or one person controlling the other, couples exercises are not the right tool. That is not a shared problem to work on together, and it is not your fault. A domestic abuse service can help you think about what to do, in confidence. You can find them under &lt;b&gt;Get support now&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Practising on your own is always open to you, whatever your partner decides.&lt;/p&gt;&lt;p&gt;You can pause or stop anything in Bond at any time, without giving a reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los ejercicios para dos están pensados para parejas que se sienten a salvo la una con la otra.&lt;/p&gt;&lt;p&gt;Si tienes miedo de tu pareja, o hay golpes, amenazas o una persona que controla a la otra, los ejercicios de pareja no son la herramienta adecuada. No es un problema compartido que resolver en pareja, y no es culpa tuya. Un servicio de atención a la violencia en la pareja puede ayudarte a pensar qué hacer, de forma confidencial. Los encontrarás en &lt;b&gt;Pedir ayuda ahora&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Practicar por tu cuenta siempre es posible, decida lo que decida tu pareja.&lt;/p&gt;&lt;p&gt;Puedes pausar o parar cualquier cosa en Bond en cualquier momento, sin dar explicaciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Who will use Bond on this computer?</source>
        <translation>¿Quién usará Bond en este equipo?</translation>
    </message>
    <message>
        <source>&amp;Just me</source>
        <translation>&amp;Solo yo</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>&amp;The two of us</source>
        <translation>S&amp;omos dos</translation>
    </message>
    <message>
        <source>The two of us</source>
        <translation>Somos dos</translation>
    </message>
    <message>
        <source>You can add a partner later. Each of you gets a profile, and some answers can stay private to the person who wrote them.</source>
        <translation>Puedes añadir a tu pareja más adelante. Cada persona tiene su perfil, y algunas respuestas pueden quedar en privado para quien las escribió.</translation>
    </message>
    <message>
        <source>What should Bond call you?</source>
        <translation>¿Cómo quieres que te llame Bond?</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Tu nombre</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your &amp;partner&apos;s name</source>
        <translation>El nombre de tu &amp;pareja</translation>
    </message>
    <message>
        <source>Your partner&apos;s name</source>
        <translation>El nombre de tu pareja</translation>
    </message>
    <message>
        <source>A first name or a nickname is plenty. Names are kept inside the encrypted vault.</source>
        <translation>Basta con un nombre o un apodo. Los nombres se guardan dentro de la caja fuerte cifrada.</translation>
    </message>
    <message>
        <source>Problem with the names</source>
        <translation>Problema con los nombres</translation>
    </message>
    <message>
        <source>How should Bond lock your vault?</source>
        <translation>¿Cómo debe cerrar Bond tu caja fuerte?</translation>
    </message>
    <message>
        <source>Bond encrypts everything you write. The key that opens it can live in this computer&apos;s keyring, which unlocks when you log in, or behind a passphrase that you type when Bond starts.</source>
        <translation>Bond cifra todo lo que escribes. La llave que lo abre puede guardarse en el llavero de este equipo, que se desbloquea al iniciar sesión, o tras una frase de contraseña que escribes cuando Bond se abre.</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s &amp;keyring (recommended)</source>
        <translation>Guardar la llave en el &amp;llavero de este equipo (recomendado)</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring</source>
        <translation>Guardar la llave en el llavero de este equipo</translation>
    </message>
    <message>
        <source>&amp;Also set a passphrase, in case the keyring is ever lost</source>
        <translation>Poner &amp;también una frase de contraseña, por si algún día se pierde el llavero</translation>
    </message>
    <message>
        <source>Also set a passphrase as a way back in</source>
        <translation>Poner también una frase de contraseña como otra forma de entrar</translation>
    </message>
    <message>
        <source>Use a passphrase that I type each time</source>
        <translation>Usar una frase de contraseña que escribo cada vez</translation>
    </message>
    <message>
        <source>Temporary session, nothing will be saved</source>
        <translation>Sesión temporal, no se guardará nada</translation>
    </message>
    <message>
        <source>Passp&amp;hrase</source>
        <translation>Frase de &amp;contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Setting up Bond</source>
        <translation>Configurar Bond</translation>
    </message>
    <message>
        <source>&amp;Use a passphrase that I type each time</source>
        <translation>Usar una &amp;frase de contraseña que escribo cada vez</translation>
    </message>
    <message>
        <source>Temporary &amp;session: nothing will be saved</source>
        <translation>Sesión temporal: no se &amp;guardará nada</translation>
    </message>
    <message>
        <source>&amp;The same again</source>
        <translation>La misma &amp;otra vez</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>At least 8 characters; a short sentence is easy to remember and hard to guess. If the passphrase is forgotten, nobody can open the vault, not even Bond.</source>
        <translation>Al menos 8 caracteres; una frase corta es fácil de recordar y difícil de adivinar. Si se olvida la frase de contraseña, nadie puede abrir la caja fuerte, ni siquiera Bond.</translation>
    </message>
    <message>
        <source>Problem with the vault protection</source>
        <translation>Problema con la protección de la caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>&lt;p&gt;Bond helps you look after a close relationship: a weekly check-in with your partner, skills you can practise on your own, and calm ways to come back to each other after a hard moment.&lt;/p&gt;&lt;p&gt;Bond is a practice tool. It is not therapy, and it can&apos;t tell whether a relationship is safe. &lt;b&gt;Get support now&lt;/b&gt; (F1) is always one key away.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This is a temporary session: nothing you write is saved&lt;/b&gt;, and it is gone when you close Bond.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bond te ayuda a cuidar una relación cercana: una charla semanal con tu pareja, habilidades que puedes practicar por tu cuenta y formas tranquilas de reencontrarse después de un momento difícil.&lt;/p&gt;&lt;p&gt;Bond es una herramienta para practicar. No es una terapia y no puede saber si una relación es segura. &lt;b&gt;Pedir ayuda ahora&lt;/b&gt; (F1) está siempre a una tecla.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Esta es una sesión temporal: no se guarda nada de lo que escribes&lt;/b&gt;, y desaparece al cerrar Bond.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Start using Bond</source>
        <translation>&amp;Empezar a usar Bond</translation>
    </message>
    <message>
        <source>&amp;Create my vault</source>
        <translation>&amp;Crear mi caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Get started</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Please use two different names so Bond can tell you apart.</source>
        <translation>Usa dos nombres distintos, por favor, para que Bond pueda distinguir a cada persona.</translation>
    </message>
    <message>
        <source>Managed by %1: on this computer, Bond&apos;s vault needs a passphrase. Choose one you can remember, or try Bond in a temporary session that saves nothing.</source>
        <translation>Gestionado por %1: en este equipo, la caja fuerte de Bond necesita una frase de contraseña. Elige una que puedas recordar, o prueba Bond en una sesión temporal que no guarda nada.</translation>
    </message>
    <message>
        <source>A keyring was found on this computer. Anyone who can log in to this computer account could open Bond, so a passphrase is safer on a shared login.</source>
        <translation>Se encontró un llavero en este equipo. Cualquiera que pueda entrar en esta cuenta del equipo podría abrir Bond, así que, si la cuenta es compartida, es más seguro usar una frase de contraseña.</translation>
    </message>
    <message>
        <source>No keyring was found on this computer, so Bond can&apos;t keep the key there. Choose a passphrase, or try Bond in a temporary session that saves nothing.</source>
        <translation>No se encontró ningún llavero en este equipo, así que Bond no puede guardar la llave ahí. Elige una frase de contraseña, o prueba Bond en una sesión temporal que no guarda nada.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Preparando…</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Shift, three times</source>
        <translation>Mayúsculas, tres veces</translation>
    </message>
    <message>
        <source>About Bond</source>
        <translation>Acerca de Bond</translation>
    </message>
    <message>
        <source>Bond %1

A private, offline companion for keeping and repairing close relationships. It is not therapy.

Code: GPL-3.0-or-later. Written content: CC BY-SA 4.0.</source>
        <translation>Bond %1

Un acompañante privado y sin conexión para cuidar y reparar las relaciones cercanas. No es una terapia.

Código: GPL-3.0-or-later. Textos: CC BY-SA 4.0.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>&amp;Whose sessions</source>
        <translation>De &amp;quién son las sesiones</translation>
    </message>
    <message>
        <source>Whose sessions to show</source>
        <translation>De quién mostrar las sesiones</translation>
    </message>
    <message>
        <source>Past sessions, newest first</source>
        <translation>Sesiones anteriores, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>What was written in this session</source>
        <translation>Lo que se escribió en esta sesión</translation>
    </message>
    <message>
        <source>Nothing here yet. Finished, paused and stopped exercises appear here.</source>
        <translation>Aquí no hay nada todavía. Los ejercicios terminados, pausados y parados aparecen aquí.</translation>
    </message>
    <message>
        <source>&amp;Back to progress</source>
        <translation>&amp;Volver al progreso</translation>
    </message>
    <message>
        <source>Back to progress</source>
        <translation>Volver al progreso</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>together</source>
        <translation>en pareja</translation>
    </message>
    <message>
        <source>%1&apos;s past sessions are private. They open with %1&apos;s PIN.</source>
        <translation>Las sesiones anteriores de %1 son privadas. Se abren con el PIN de %1.</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>(written privately)</source>
        <translation>(escrito en privado)</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(omitido)</translation>
    </message>
    <message>
        <source>(shared at the reveal)</source>
        <translation>(compartido al mostrar las respuestas)</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Próxima charla semanal</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Probarlo</translation>
    </message>
    <message>
        <source>Try the suggested exercise</source>
        <translation>Probar el ejercicio sugerido</translation>
    </message>
    <message>
        <source>Recently read:</source>
        <translation>Leído hace poco:</translation>
    </message>
    <message>
        <source>Pick up where you left off</source>
        <translation>Seguir donde lo dejaste</translation>
    </message>
    <message>
        <source>Choose &amp;an exercise</source>
        <translation>Elegir un &amp;ejercicio</translation>
    </message>
    <message>
        <source>Choose an exercise</source>
        <translation>Elegir un ejercicio</translation>
    </message>
    <message>
        <source>Add your partner</source>
        <translation>Añadir a tu pareja</translation>
    </message>
    <message>
        <source>If your partner would like to join you, add them here. Your own notes stay yours.</source>
        <translation>Si tu pareja quiere unirse, añádela aquí. Tus notas siguen siendo tuyas.</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;name</source>
        <translation>&amp;Nombre de tu pareja</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Nombre de tu pareja</translation>
    </message>
    <message>
        <source>Add pa&amp;rtner</source>
        <translation>A&amp;gregar pareja</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Agregar pareja</translation>
    </message>
    <message>
        <source>Problem adding a partner</source>
        <translation>Problema al añadir a tu pareja</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Tu privacidad</translation>
    </message>
    <message>
        <source>Looking after yourselves</source>
        <translation>Cuidarse</translation>
    </message>
    <message>
        <source>Bond is a practice tool, not therapy. If you feel unsafe, or distress is high or lasts, please reach out to someone: a crisis line, your doctor, or a counsellor.</source>
        <translation>Bond es una herramienta para practicar, no una terapia. Si no te sientes a salvo, o el malestar es fuerte o dura, busca a alguien, por favor: una línea de crisis, tu médico o médica, o una persona profesional de la psicología.</translation>
    </message>
    <message>
        <source>See crisis lines and &amp;support</source>
        <translation>Ver líneas de crisis y &amp;ayuda</translation>
    </message>
    <message>
        <source>See crisis lines and support</source>
        <translation>Ver líneas de crisis y ayuda</translation>
    </message>
</context>
<context>
    <name>HomeFeature</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>Home is on show (the shell starts what waits for the first screen). Whether this vault holds sample data (the shell shows or hides its banner).</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1&apos;s exercise</source>
        <translation>Ejercicio de %1</translation>
    </message>
    <message>
        <source>Bond could not add your partner.</source>
        <translation>Bond no pudo añadir a tu pareja.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Suggested by %1</source>
        <translation>Sugerido por %1</translation>
    </message>
    <message>
        <source>%1, suggested by %2</source>
        <translation>%1, sugerido por %2</translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation>Continuar: %1</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>Continuar %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Your next check-in: %1.</source>
        <translation>Tu próxima charla semanal: %1.</translation>
    </message>
    <message>
        <source>No check-in day chosen. You can pick one in Settings, under Reminders.</source>
        <translation>No hay un día elegido para la charla semanal. Puedes elegirlo en Configuración, en Recordatorios.</translation>
    </message>
    <message>
        <source>Something to try together: %1.</source>
        <translation>Algo para probar en pareja: %1.</translation>
    </message>
    <message>
        <source>Something to try: %1.</source>
        <translation>Algo para probar: %1.</translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation>Probar %1</translation>
    </message>
    <message>
        <source>Read again: %1</source>
        <translation>Volver a leer: %1</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>This is your shared space. Each of you has your own profile, so some answers can stay with the person who wrote them. Take things at a pace that feels right for you both.</source>
        <translation>Este es un espacio compartido. Cada persona tiene su propio perfil, así que algunas respuestas pueden quedarse con quien las escribió. Conviene ir al ritmo que les siente bien a ambas personas.</translation>
    </message>
    <message>
        <source>This is your space to practise, at your own pace. Nothing here is graded, and you can stop whenever you like.</source>
        <translation>Este es tu espacio para practicar, a tu ritmo. Aquí nada se puntúa, y puedes parar cuando quieras.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation>Buscar en los artículos</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Which articles to show</source>
        <translation>Qué artículos mostrar</translation>
    </message>
    <message>
        <source>Reading as</source>
        <translation>Leyendo como</translation>
    </message>
    <message>
        <source>Bookmarks and places are kept for each person</source>
        <translation>Las marcas y el punto de lectura se guardan para cada persona</translation>
    </message>
    <message>
        <source>Continue reading:</source>
        <translation>Seguir leyendo:</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Understanding</source>
        <translation>Comprender</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Conflict and repair</source>
        <translation>Conflicto y reparación</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Looking after yourselves</source>
        <translation>Cuidarse</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Getting help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Marcados</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Reading as %1</source>
        <translation>Leyendo como %1</translation>
    </message>
    <message>
        <source>Continue reading %1</source>
        <translation>Seguir leyendo %1</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>%1 min read</source>
        <translation>%1 min de lectura</translation>
    </message>
    <message>
        <source>content note</source>
        <translation>aviso de contenido</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n artículo encontrado</numerusform>
            <numerusform>%n artículos encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>No se encontró nada. Prueba con menos palabras o con otras.</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>That link points to something this Bond doesn&apos;t have.</source>
        <translation>Ese enlace lleva a algo que este Bond no tiene.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Type your passphrase to continue.</source>
        <translation>Escribe tu frase de contraseña para continuar.</translation>
    </message>
    <message>
        <source>Anyone here can continue. To lock Bond, set a passphrase in Settings → Your vault.</source>
        <translation>Cualquier persona aquí puede continuar. Para bloquear Bond, pon una frase de contraseña en Configuración → Tu caja fuerte.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña, por favor.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bond</source>
        <translation>Bond</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide Bond&apos;s screen now</source>
        <translation>Ocultar ya la pantalla de Bond</translation>
    </message>
    <message>
        <source>Locks at once and shows a neutral screen. Shortcut: press Shift three times, or Ctrl+Shift+H</source>
        <translation>Bloquea al instante y muestra una pantalla neutra. Atajo: pulsa Mayús tres veces, o Ctrl+Mayús+H</translation>
    </message>
    <message>
        <source>Hide now: Shift three times, or Ctrl+Shift+H</source>
        <translation>Ocultar ya: Mayús tres veces, o Ctrl+Mayús+H</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;jercicios</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Bon&amp;d</source>
        <translation>Bon&amp;d</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ve&amp;r</translation>
    </message>
    <message>
        <source>Hel&amp;p</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Bond, View and Help</source>
        <translation>Bond, Ver y Ayuda</translation>
    </message>
    <message>
        <source>Get support now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation>Líneas de crisis y números de emergencia (F1)</translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers. Shortcut: F1</source>
        <translation>Líneas de crisis y números de emergencia. Atajo: F1</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Time for your check-in.</source>
        <translation>Es la hora de la charla semanal.</translation>
    </message>
    <message>
        <source>Start the &amp;check-in</source>
        <translation>Empezar la &amp;charla</translation>
    </message>
    <message>
        <source>Start the weekly check-in</source>
        <translation>Empezar la charla semanal</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Descartar el recordatorio</translation>
    </message>
    <message>
        <source>Sample data: this vault holds made-up history to look around with.</source>
        <translation>Datos de ejemplo: esta caja fuerte tiene un historial inventado para explorar.</translation>
    </message>
    <message>
        <source>&amp;Remove sample data…</source>
        <translation>&amp;Quitar los datos de ejemplo…</translation>
    </message>
    <message>
        <source>Remove the sample data and start afresh</source>
        <translation>Quitar los datos de ejemplo y empezar de cero</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Acuerdos</translation>
    </message>
    <message>
        <source>&amp;Boundaries</source>
        <translation>&amp;Límites</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>Past s&amp;essions</source>
        <translation>Sesiones an&amp;teriores</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Texto más grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Get support now</source>
        <translation>&amp;Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Bond</source>
        <translation>&amp;Acerca de Bond</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Esa frase de contraseña no abre esta caja fuerte.</translation>
    </message>
    <message>
        <source>Bond could not unlock.</source>
        <translation>Bond no pudo desbloquear.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Abriendo tu caja fuerte…</translation>
    </message>
    <message>
        <source>Temporary session: nothing will be saved. When you close Bond, it is gone.</source>
        <translation>Sesión temporal: no se guardará nada. Al cerrar Bond, desaparece.</translation>
    </message>
</context>
<context>
    <name>MoreAbout</name>
    <message>
        <source>More about this</source>
        <translation>Saber más</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;jercicios</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>Ac&amp;uerdos</translation>
    </message>
    <message>
        <source>Bo&amp;undaries</source>
        <translation>Lí&amp;mites</translation>
    </message>
    <message>
        <source>Pr&amp;ogress</source>
        <translation>Pr&amp;ogreso</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>Leave this screen (never an exercise)</source>
        <translation>Salir de esta pantalla (nunca de un ejercicio)</translation>
    </message>
    <message>
        <source>A&amp;dmin mode…</source>
        <translation>Modo de a&amp;dministración…</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Places in Bond</source>
        <translation>Secciones de Bond</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Estás aquí</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same &amp;again</source>
        <translation>La misma &amp;otra vez</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters. It will also open your vault, for example if the keyring is ever lost. Nobody can recover it for you.</source>
        <translation>Elige una frase de contraseña de al menos 8 caracteres. También abrirá tu caja fuerte, por ejemplo si algún día se pierde el llavero. Nadie puede recuperarla por ti.</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice.</source>
        <translation>Escribe tu frase de contraseña actual y después la nueva dos veces.</translation>
    </message>
    <message>
        <source>After this, only this computer&apos;s keyring opens your vault. Type your passphrase to confirm.</source>
        <translation>Después de esto, solo el llavero de este equipo abrirá tu caja fuerte. Escribe tu frase de contraseña para confirmar.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Escribe tu frase de contraseña actual, por favor.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>a moment</source>
        <translation>un momento</translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>menos de una hora</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>unas %1 horas</translation>
    </message>
    <message>
        <source>&amp;Current PIN</source>
        <translation>PIN &amp;actual</translation>
    </message>
    <message>
        <source>%1&apos;s PIN</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>A PIN for %1</source>
        <translation>Un PIN para %1</translation>
    </message>
    <message>
        <source>Change %1&apos;s PIN</source>
        <translation>Cambiar el PIN de %1</translation>
    </message>
    <message>
        <source>Remove %1&apos;s PIN</source>
        <translation>Quitar el PIN de %1</translation>
    </message>
    <message>
        <source>This part is private to %1. %1, please type your PIN or passphrase.</source>
        <translation>Esta parte es privada de %1. %1, escribe tu PIN o tu frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>A PIN keeps %1&apos;s private answers and boundaries from anyone else who uses Bond on this computer. Use 6 to 12 digits, or a passphrase of a few words, which is stronger.</source>
        <translation>Un PIN protege las respuestas privadas y los límites de %1 frente a cualquier otra persona que use Bond en este equipo. Usa de 6 a 12 cifras, o una frase de contraseña de unas pocas palabras, que es más segura.</translation>
    </message>
    <message>
        <source>Type the current PIN, then the new one twice.</source>
        <translation>Escribe el PIN actual y después el nuevo dos veces.</translation>
    </message>
    <message>
        <source>Without a PIN, %1&apos;s private answers are protected by the vault only: anyone who can open Bond here could read them. Type the PIN to confirm.</source>
        <translation>Sin PIN, las respuestas privadas de %1 quedan protegidas solo por la caja fuerte: cualquiera que pueda abrir Bond aquí podría leerlas. Escribe el PIN para confirmar.</translation>
    </message>
    <message>
        <source>Please remember it. If it is forgotten, %1&apos;s private answers and boundary list are lost, and nothing else: agreements and reading stay. A PIN stops casual access on a shared computer, not someone who copies Bond&apos;s files and has time.</source>
        <translation>Procura recordarlo. Si se olvida, se pierden las respuestas privadas y la lista de límites de %1, y nada más: los acuerdos y las lecturas se quedan. Un PIN frena el acceso casual en un equipo compartido, no a alguien que copie los archivos de Bond y tenga tiempo.</translation>
    </message>
    <message>
        <source>On %1, someone asked to reset this PIN. Typing your PIN cancels that, and nothing is deleted. Otherwise, in %2, the PIN is removed and %3&apos;s private answers and boundary list are deleted.</source>
        <translation>El %1, alguien pidió restablecer este PIN. Si escribes tu PIN, la petición se cancela y no se borra nada. Si no, dentro de %2 se quitará el PIN y se borrarán las respuestas privadas y la lista de límites de %3.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Poner el PIN</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Quitar el PIN</translation>
    </message>
    <message>
        <source>There were several wrong tries.</source>
        <translation>Hubo varios intentos fallidos.</translation>
    </message>
    <message>
        <source>Please type the PIN.</source>
        <translation>Escribe el PIN, por favor.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>Los dos PIN nuevos no coinciden.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>That PIN isn&apos;t right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>That PIN isn&apos;t right. Please try again.</source>
        <translation>Ese PIN no es correcto. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Bond could not do that just now. Nothing was changed.</source>
        <translation>Bond no pudo hacerlo ahora mismo. No se cambió nada.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1 To keep this profile safe, you can try again in %2.</source>
        <translation>%1 Para proteger este perfil, podrás volver a intentarlo dentro de %2.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Current PIN or passphrase</source>
        <translation>PIN o frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>&amp;Nuevo PIN</translation>
    </message>
    <message>
        <source>New PIN or passphrase</source>
        <translation>Nuevo PIN o frase de contraseña</translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation>Nuevo PIN &amp;otra vez</translation>
    </message>
    <message>
        <source>New PIN or passphrase again</source>
        <translation>Nuevo PIN o frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Mensaje sobre el PIN</translation>
    </message>
</context>
<context>
    <name>PolicyBar</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Dismiss the notice about the policy file</source>
        <translation>Descartar el aviso sobre el archivo de política</translation>
    </message>
    <message>
        <source>Bond could not use this computer&apos;s policy file, %1, so it is using its safest settings: a passphrase is required, it locks after %2 minutes, and exports are off. Please let whoever looks after this computer know. First problem: %3</source>
        <translation>Bond no pudo usar el archivo de política de este equipo, %1, así que usa su configuración más segura: se necesita una frase de contraseña, se bloquea tras %2 minutos y las exportaciones están desactivadas. Avisa a quien se encargue de este equipo. Primer problema: %3</translation>
    </message>
</context>
<context>
    <name>PrivacyText</name>
    <message>
        <source>This is a temporary session. Nothing is written to disk, and everything disappears when you close Bond.</source>
        <translation>Esta es una sesión temporal. No se escribe nada en el disco, y todo desaparece al cerrar Bond.</translation>
    </message>
    <message>
        <source>Its key is kept in this computer&apos;s keyring, and your passphrase is a way back in if the keyring is ever lost.</source>
        <translation>Su llave se guarda en el llavero de este equipo, y tu frase de contraseña es otra forma de entrar si algún día se pierde el llavero.</translation>
    </message>
    <message>
        <source>Its key is kept in this computer&apos;s keyring, which opens when you log in to this computer.</source>
        <translation>Su llave se guarda en el llavero de este equipo, que se abre al iniciar sesión en él.</translation>
    </message>
    <message>
        <source>Its key is locked behind your passphrase, which Bond asks for each time it starts.</source>
        <translation>Su llave está protegida por tu frase de contraseña, que Bond pide cada vez que se abre.</translation>
    </message>
    <message>
        <source>Everything you write is kept only on this computer, in an encrypted vault. Bond never goes online.</source>
        <translation>Todo lo que escribes se guarda solo en este equipo, en una caja fuerte cifrada. Bond nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Carpeta de la caja fuerte: %1</translation>
    </message>
</context>
<context>
    <name>PrivateAccess</name>
    <message>
        <source>%1&apos;s PIN was reset.</source>
        <translation>Se ha restablecido el PIN de %1.</translation>
    </message>
    <message>
        <source>Someone asked for it on this computer. After the 24-hour wait, on %2, Bond removed the PIN and deleted %1&apos;s private answers and boundary list. Shared agreements, revealed answers and reading are as they were. %1, set a new PIN in Settings to keep what you write next to yourself.</source>
        <translation>Alguien lo pidió en este equipo. Pasada la espera de 24 horas, el %2, Bond quitó el PIN y borró las respuestas privadas y la lista de límites de %1. Los acuerdos compartidos, las respuestas ya mostradas y las lecturas siguen como estaban. %1, pon un PIN nuevo en Ajustes para que lo que escribas a partir de ahora siga siendo solo tuyo.</translation>
    </message>
    <message>
        <source>Who is doing this exercise?</source>
        <translation>¿Quién hace este ejercicio?</translation>
    </message>
    <message>
        <source>The PIN reset is cancelled. Nothing was deleted.</source>
        <translation>Se ha cancelado el restablecimiento del PIN. No se ha borrado nada.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Where your files are</source>
        <translation>Dónde están tus archivos</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Use a &amp;temporary session</source>
        <translation>Usar una sesión &amp;temporal</translation>
    </message>
    <message>
        <source>Use a temporary session</source>
        <translation>Usar una sesión temporal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Bond</source>
        <translation>Salir de Bond</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>How it&apos;s going</source>
        <translation>Cómo va</translation>
    </message>
    <message>
        <source>&amp;Whose practice</source>
        <translation>De &amp;quién es la práctica</translation>
    </message>
    <message>
        <source>Whose practice to show</source>
        <translation>De quién mostrar la práctica</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tiempo</translation>
    </message>
    <message>
        <source>Time span to show</source>
        <translation>Periodo que mostrar</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Charlas semanales</translation>
    </message>
    <message>
        <source>Check-in weeks, oldest first</source>
        <translation>Semanas de charla, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <source>Practice by kind</source>
        <translation>Práctica por tipo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Boundaries practised</source>
        <translation>Límites puestos en práctica</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Weekly averages of the numbers you gave at the start and end of exercises, from 0 to 10. They are for noticing, not for judging.</source>
        <translation>Medias semanales de los números que diste al empezar y al terminar los ejercicios, del 0 al 10. Sirven para darse cuenta, no para juzgar.</translation>
    </message>
    <message>
        <source>Show the &amp;numbers as a table</source>
        <translation>Mostrar los &amp;números en una tabla</translation>
    </message>
    <message>
        <source>Weekly ratings</source>
        <translation>Valoraciones semanales</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Sin incluir</translation>
    </message>
    <message>
        <source>See every past &amp;session</source>
        <translation>Ver todas las &amp;sesiones anteriores</translation>
    </message>
    <message>
        <source>See every past session</source>
        <translation>Ver todas las sesiones anteriores</translation>
    </message>
</context>
<context>
    <name>ProgressFeature</name>
    <message>
        <source>check-ins</source>
        <translation>charlas semanales</translation>
    </message>
    <message>
        <source>boundaries</source>
        <translation>límites</translation>
    </message>
    <message>
        <source>repair after conflict</source>
        <translation>reparar tras un conflicto</translation>
    </message>
    <message>
        <source>calming and grounding</source>
        <translation>calma y anclaje</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otros</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Upset, before</source>
        <translation>Malestar, antes</translation>
    </message>
    <message>
        <source>Upset, after</source>
        <translation>Malestar, después</translation>
    </message>
    <message>
        <source>Close, before</source>
        <translation>Cercanía, antes</translation>
    </message>
    <message>
        <source>Close, after</source>
        <translation>Cercanía, después</translation>
    </message>
    <message numerus="yes">
        <source>No check-ins in the last %n week(s). Whenever you are ready, one short check-in is a good place to start again.</source>
        <translation>
            <numerusform>No hubo charla semanal la última semana. Cuando quieras, una charla corta es un buen punto para retomar.</numerusform>
            <numerusform>No hubo charlas semanales en las últimas %n semanas. Cuando quieras, una charla corta es un buen punto para retomar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in every week of the last %n week(s).</source>
        <translation>
            <numerusform>Hubo charla la última semana.</numerusform>
            <numerusform>Hubo charla todas las semanas de las últimas %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in during %1 of the last %n week(s).</source>
        <translation>
            <numerusform>Hubo charla en %1 de la última semana.</numerusform>
            <numerusform>Hubo charla en %1 de las últimas %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements made in this time, as last reviewed: %1 kept, %2 partly, %3 not yet, %4 changed, %5 retired, %6 not reviewed yet.</source>
        <translation>Acuerdos hechos en este tiempo, según su última revisión: %1 cumplidos, %2 en parte, %3 todavía no, %4 cambiados, %5 retirados, %6 sin revisar todavía.</translation>
    </message>
    <message numerus="yes">
        <source>Boundaries practised: %n time(s).</source>
        <translation>
            <numerusform>Veces que se pusieron límites en práctica: %n.</numerusform>
            <numerusform>Veces que se pusieron límites en práctica: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of weekly ratings</source>
        <translation>Gráfico de las valoraciones semanales</translation>
    </message>
    <message>
        <source>The same numbers are in the table, shown with the checkbox below the chart.</source>
        <translation>Los mismos números están en la tabla, que se muestra con la casilla bajo el gráfico.</translation>
    </message>
    <message>
        <source>%1&apos;s progress is private. It opens with %1&apos;s PIN.</source>
        <translation>El progreso de %1 es privado. Se abre con el PIN de %1.</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>semana del %1: %2</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>con charla</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>sin charla</translation>
    </message>
    <message>
        <source>Practice in this time: %1.</source>
        <translation>Práctica en este tiempo: %1.</translation>
    </message>
    <message>
        <source>No practice recorded in this time yet.</source>
        <translation>Todavía no hay práctica registrada en este tiempo.</translation>
    </message>
    <message>
        <source>Ratings behind a PIN that was not given are left out.</source>
        <translation>No se incluyen las valoraciones protegidas por un PIN que no se escribió.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Weekly averages of the numbers given at the start and end of exercises, from 0 to 10. They are for noticing, not for judging.</source>
        <translation>Medias semanales de los números dados al empezar y al terminar los ejercicios, del 0 al 10. Sirven para darse cuenta, no para juzgar.</translation>
    </message>
    <message>
        <source>No before-and-after numbers in this time yet.</source>
        <translation>Todavía no hay números de antes y después en este tiempo.</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>Rating from 0, %1, to 10, %2</source>
        <translation>Valoración del 0, %1, al 10, %2</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Nada elegido todavía</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
</context>
<context>
    <name>RemindersFeature</name>
    <message>
        <source>Time for your check-in</source>
        <extracomment>A reminder is due: its neutral words, and whether it is for the weekly check-in.</extracomment>
        <translation>Es la hora de la charla semanal</translation>
    </message>
    <message>
        <source>A moment to practise, if you like</source>
        <translation>Un momento para practicar, si te apetece</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Upset, before</source>
        <translation>Malestar, antes</translation>
    </message>
    <message>
        <source>Upset, after</source>
        <translation>Malestar, después</translation>
    </message>
    <message>
        <source>Close, before</source>
        <translation>Cercanía, antes</translation>
    </message>
    <message>
        <source>Close, after</source>
        <translation>Cercanía, después</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Bond: a summary of our practice</source>
        <translation>Bond: un resumen de nuestra práctica</translation>
    </message>
    <message>
        <source>From %1 to %2, for %3.</source>
        <translation>Del %1 al %2, para %3.</translation>
    </message>
    <message>
        <source>Bond is a practice tool, not therapy. This summary is for talking things through, with each other or with someone you trust.</source>
        <translation>Bond es una herramienta para practicar, no una terapia. Este resumen sirve para hablar de las cosas, en pareja o con alguien de confianza.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Charlas semanales</translation>
    </message>
    <message>
        <source>No check-ins in this time.</source>
        <translation>No hubo charlas semanales en este tiempo.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>hecho el %1</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Revisiones:</translation>
    </message>
    <message>
        <source>No agreements in this time.</source>
        <translation>No hubo acuerdos en este tiempo.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>None saved.</source>
        <translation>Ninguno guardado.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Weekly averages of the 0 to 10 numbers given before and after.</source>
        <translation>Medias semanales de los números del 0 al 10 que se dieron antes y después.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>No before-and-after numbers in this time.</source>
        <translation>No hay números de antes y después en este tiempo.</translation>
    </message>
    <message>
        <source>Private answers of %1</source>
        <translation>Respuestas privadas de %1</translation>
    </message>
    <message>
        <source>Private items of %1 are not included: a PIN keeps them.</source>
        <translation>No se incluye lo privado de %1: lo protege un PIN.</translation>
    </message>
</context>
<context>
    <name>RevealPanel</name>
    <message>
        <source>Share your answers</source>
        <translation>Compartir las respuestas</translation>
    </message>
    <message>
        <source>Nothing private shows until both of you say you are ready. You can keep any answer to yourself. Each of you uses only your own box.</source>
        <translation>No se muestra nada privado hasta que las dos personas digan que están listas. Puedes guardarte cualquier respuesta. Cada persona usa solo su propia casilla.</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; to myself</source>
        <translation>Guardarme «%1»</translation>
    </message>
    <message>
        <source>%1: I&apos;m ready</source>
        <translation>%1: todo listo</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 tiene todo listo</translation>
    </message>
    <message>
        <source>The answers are showing.</source>
        <translation>Las respuestas ya se ven.</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>Listos: %1</translation>
    </message>
    <message>
        <source>Nobody is ready yet.</source>
        <translation>Nadie está listo todavía.</translation>
    </message>
    <message>
        <source>(kept private)</source>
        <translation>(guardado en privado)</translation>
    </message>
    <message>
        <source>(nothing written this time)</source>
        <translation>(esta vez no escribió nada)</translation>
    </message>
    <message>
        <source>%1&apos;s answers</source>
        <translation>Respuestas de %1</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>A quién le toca</translation>
    </message>
    <message>
        <source>Exercise step</source>
        <translation>Paso del ejercicio</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Pause and continue later</source>
        <translation>Pausar y seguir más tarde</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>P&amp;arar</translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation>Parar este ejercicio</translation>
    </message>
    <message>
        <source>Take a br&amp;eak</source>
        <translation>&amp;Hacer un descanso</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Hacer un descanso</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>Sa&amp;ltar este paso</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Saltar este paso</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>RunnerScreen</name>
    <message>
        <source>Bond couldn&apos;t save just now (is the disk full?). Your words are still here, and Bond will try again as you type or move on.</source>
        <translation>Bond no pudo guardar ahora mismo (¿está lleno el disco?). Tus palabras siguen aquí, y Bond lo intentará de nuevo mientras escribes o avanzas.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>%1&apos;s turn, privately: only %1 looks at the screen</source>
        <translation>Turno de %1, en privado: solo %1 mira la pantalla</translation>
    </message>
    <message>
        <source>%1&apos;s turn</source>
        <translation>Turno de %1</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>This part is private to %1</source>
        <translation>Esta parte es privada de %1</translation>
    </message>
    <message>
        <source>%1, please open it with your PIN when only you can see the screen.</source>
        <translation>%1, ábrela con tu PIN, por favor, cuando solo tú puedas ver la pantalla.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s P&amp;IN…</source>
        <translation>Escribir el P&amp;IN de %1…</translation>
    </message>
    <message>
        <source>Pass the keyboard to %1</source>
        <translation>Pasa el teclado a %1</translation>
    </message>
    <message>
        <source>The next part is just for %1. Press Next when only %1 can see the screen. What you write stays private unless you choose to share it.</source>
        <translation>La siguiente parte es solo para %1. Pulsa Siguiente cuando solo %1 pueda ver la pantalla. Lo que escribas queda en privado, salvo que decidas compartirlo.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Buen trabajo</translation>
    </message>
    <message>
        <source>You finished. Press Finish to save agreements and boundaries and go back Home. Take a moment before you move on, if you like.</source>
        <translation>Has terminado. Pulsa Terminar para guardar los acuerdos y los límites y volver a Inicio. Si te apetece, tómate un momento antes de seguir.</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Aviso de contenido: %1</translation>
    </message>
    <message>
        <source>Press Next to go ahead, or Stop if now is not the time. Either is fine.</source>
        <translation>Pulsa Siguiente para continuar, o Parar si ahora no es el momento. Las dos opciones están bien.</translation>
    </message>
    <message>
        <source>Both of you can pause or stop at any time, without giving a reason. Get support now is always on F1.</source>
        <translation>Las dos personas pueden pausar o parar en cualquier momento, sin dar explicaciones. Pedir ayuda ahora está siempre en F1.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>&amp;Next: I&apos;m %1</source>
        <translation>&amp;Siguiente: soy %1</translation>
    </message>
    <message>
        <source>Beg&amp;in</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Ba&amp;ck to the exercise</source>
        <translation>Vo&amp;lver al ejercicio</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Bond did not save this: this person&apos;s keys don&apos;t match, so nothing private is written for them. Your words are still here.</source>
        <translation>Bond no ha guardado esto: las claves de esta persona no coinciden, así que no se escribe nada privado para ella. Tus palabras siguen aquí.</translation>
    </message>
    <message>
        <source>Stop here?</source>
        <translation>¿Parar aquí?</translation>
    </message>
    <message>
        <source>Stopping is a skill, not a failure. Do you want to keep what you wrote, or delete it? Deleted answers are gone for good.</source>
        <translation>Parar es una habilidad, no un fracaso. ¿Quieres guardar lo que escribiste o borrarlo? Las respuestas borradas se pierden para siempre.</translation>
    </message>
    <message>
        <source>Together, decide this with your partner: it applies to both of you.</source>
        <translation>En pareja, decide esto con la otra persona: afecta a las dos.</translation>
    </message>
    <message>
        <source>&amp;Keep my answers</source>
        <translation>&amp;Guardar mis respuestas</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Borrarlas</translation>
    </message>
    <message>
        <source>&amp;Go on with the exercise</source>
        <translation>&amp;Seguir con el ejercicio</translation>
    </message>
    <message>
        <source>A break, together</source>
        <translation>Un descanso, en pareja</translation>
    </message>
    <message>
        <source>Stop talking about it for now, with no last word. Go to separate places and do something soothing, not rehearsing the argument. A break is a promise to come back, never a punishment. Agree the time now; if you feel unsafe, leave and press F1.</source>
        <translation>Se deja de hablar del tema por ahora, sin buscar la última palabra. Cada persona va a un sitio distinto y hace algo que calme, sin ensayar la discusión. Un descanso es una promesa de volver, nunca un castigo. La hora de vuelta se acuerda ahora; si no te sientes a salvo, vete y pulsa F1.</translation>
    </message>
</context>
<context>
    <name>SegmentedProgress</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Tamaño del texto en porcentaje</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use; 0 means never</source>
        <translation>Bloquear tras estos minutos sin uso; 0 significa nunca</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language shows the next time Bond starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que abras Bond.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind us of our &amp;weekly check-in</source>
        <translation>Recordarnos la charla &amp;semanal</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Day of the weekly check-in</source>
        <translation>Día de la charla semanal</translation>
    </message>
    <message>
        <source>Time of the weekly check-in</source>
        <translation>Hora de la charla semanal</translation>
    </message>
    <message>
        <source>A ge&amp;ntle daily reminder to practise</source>
        <translation>Un recordatorio &amp;amable cada día para practicar</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Save a PDF &amp;summary…</source>
        <translation>Guardar un resumen en &amp;PDF…</translation>
    </message>
    <message>
        <source>Make an encr&amp;ypted backup…</source>
        <translation>Hacer una copia de seguridad &amp;cifrada…</translation>
    </message>
    <message>
        <source>Import &amp;a JSON export…</source>
        <translation>Importar una &amp;exportación JSON…</translation>
    </message>
    <message>
        <source>Time of the daily practice reminder</source>
        <translation>Hora del recordatorio diario para practicar</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>Lo&amp;ck after</source>
        <translation>Blo&amp;quear tras</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>The breathing guide stays still and counts in words.</source>
        <translation>La guía de respiración se queda quieta y cuenta con palabras.</translation>
    </message>
    <message>
        <source>Start Bond when I log &amp;in (it opens locked)</source>
        <translation>Abrir Bond al iniciar sesi&amp;ón (se abre bloqueado)</translation>
    </message>
    <message>
        <source>Reminders show inside Bond and as a notification while Bond is running. They only ever say &quot;Time for your check-in&quot; or &quot;A moment to practise&quot;, never anything you wrote.</source>
        <translation>Los recordatorios aparecen dentro de Bond y como notificación mientras Bond está abierto. Solo dicen «Es la hora de la charla semanal» o «Un momento para practicar», nunca nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>People and PINs</source>
        <translation>Personas y PIN</translation>
    </message>
    <message>
        <source>Each person&apos;s private answers and boundary list are sealed to them. A PIN keeps them from anyone else using Bond on this computer.</source>
        <translation>Las respuestas privadas y la lista de límites de cada persona están selladas para ella. Un PIN las protege de cualquier otra persona que use Bond en este equipo.</translation>
    </message>
    <message>
        <source>People and PINs message</source>
        <translation>Mensaje sobre personas y PIN</translation>
    </message>
    <message>
        <source>Your vault</source>
        <translation>Tu caja fuerte</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Poner una frase de contraseña…</translation>
    </message>
    <message>
        <source>Set or change the passphrase</source>
        <translation>Poner o cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Remove the pass&amp;phrase…</source>
        <translation>&amp;Quitar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keyring</source>
        <translation>Guardar la llave en el &amp;llavero</translation>
    </message>
    <message>
        <source>Keep or remove the key in the keyring</source>
        <translation>Guardar o quitar la llave del llavero</translation>
    </message>
    <message>
        <source>Vault protection message</source>
        <translation>Mensaje sobre la protección de la caja fuerte</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>A JSON or PDF file is not encrypted: anyone who opens it can read it. Keep it somewhere only you can reach, and delete it when you no longer need it. A backup stays encrypted.</source>
        <translation>Un archivo JSON o PDF no está cifrado: cualquiera que lo abra puede leerlo. Guárdalo en un sitio al que solo tú llegues, y bórralo cuando ya no lo necesites. Una copia de seguridad sigue cifrada.</translation>
    </message>
    <message>
        <source>Include private answers</source>
        <translation>Incluir las respuestas privadas</translation>
    </message>
    <message>
        <source>Answers kept with a PIN are included only after that PIN is given.</source>
        <translation>Las respuestas guardadas con un PIN solo se incluyen después de dar ese PIN.</translation>
    </message>
    <message>
        <source>Export everything as &amp;JSON…</source>
        <translation>Exportar todo como JSO&amp;N…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Restaurar desde una copia de se&amp;guridad…</translation>
    </message>
    <message>
        <source>Your data message</source>
        <translation>Mensaje sobre tus datos</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>SettingsFeature</name>
    <message>
        <source>Working…</source>
        <extracomment>``prefs.idle_minutes`` changed: the shell re-applies its lock watcher&apos;s minutes. A &quot;Your data&quot; button: &quot;export-json&quot;, &quot;export-pdf&quot;, &quot;backup&quot;, &quot;restore&quot; or &quot;import&quot;.</extracomment>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Bond could not change this. Nothing was changed.</source>
        <translation>Bond no pudo hacer este cambio. No se cambió nada.</translation>
    </message>
    <message>
        <source>Your new passphrase is set.</source>
        <translation>Tu nueva frase de contraseña ya está puesta.</translation>
    </message>
    <message>
        <source>The passphrase is removed; the keyring opens your vault.</source>
        <translation>Se quitó la frase de contraseña; el llavero abre tu caja fuerte.</translation>
    </message>
    <message>
        <source>The key is no longer kept in the keyring. Bond will ask for your passphrase when it starts.</source>
        <translation>La llave ya no se guarda en el llavero. Bond te pedirá la frase de contraseña al abrirse.</translation>
    </message>
    <message>
        <source>The key is now kept in this computer&apos;s keyring too.</source>
        <translation>Ahora la llave se guarda también en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN is set. Private answers are now behind it.</source>
        <translation>El PIN de %1 ya está puesto. Ahora protege sus respuestas privadas.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN is changed.</source>
        <translation>Se cambió el PIN de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN is removed. Private answers are protected by the vault only.</source>
        <translation>Se quitó el PIN de %1. Sus respuestas privadas quedan protegidas solo por la caja fuerte.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN was reset after the 24-hour wait, and %1&apos;s private answers and boundary list were deleted.</source>
        <translation>Pasada la espera de 24 horas, se ha restablecido el PIN de %1 y se han borrado sus respuestas privadas y su lista de límites.</translation>
    </message>
    <message>
        <source>A reset of %1&apos;s PIN is already waiting.</source>
        <translation>Ya hay una petición pendiente para restablecer el PIN de %1.</translation>
    </message>
    <message>
        <source>It was asked for on %2. In %3 the PIN is removed and %1&apos;s private answers and boundary list are deleted, unless %1&apos;s PIN is typed before then.</source>
        <translation>Se pidió el %2. Dentro de %3 se quitará el PIN y se borrarán las respuestas privadas y la lista de límites de %1, salvo que antes se escriba el PIN de %1.</translation>
    </message>
    <message>
        <source>Ask to reset %1&apos;s PIN?</source>
        <translation>¿Pedir que se restablezca el PIN de %1?</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten PIN, not even Bond. A reset waits 24 hours. Meanwhile, the next time %1&apos;s PIN is asked for, Bond says that a reset was asked for and when, and typing the right PIN cancels it. After the wait, the PIN is removed and %1&apos;s private answers and boundary list are deleted for good. Shared agreements, revealed answers and reading stay as they are.</source>
        <translation>Nadie puede recuperar un PIN olvidado, ni siquiera Bond. El restablecimiento espera 24 horas. Mientras tanto, la próxima vez que se pida el PIN de %1, Bond avisará de que alguien pidió restablecerlo y de cuándo, y escribir el PIN correcto lo cancela. Pasada la espera, se quita el PIN y se borran para siempre las respuestas privadas y la lista de límites de %1. Los acuerdos compartidos, las respuestas ya mostradas y las lecturas se quedan como están.</translation>
    </message>
    <message>
        <source>&amp;Ask for a reset in 24 hours</source>
        <translation>&amp;Pedir el restablecimiento en 24 horas</translation>
    </message>
    <message>
        <source>A reset of %1&apos;s PIN is asked for. Unless %1&apos;s PIN is typed before then, it happens in 24 hours.</source>
        <translation>Se ha pedido restablecer el PIN de %1. Si nadie escribe antes el PIN de %1, se hará dentro de 24 horas.</translation>
    </message>
    <message>
        <source>&amp;Keep trying to remember</source>
        <translation>&amp;Seguir intentando recordarlo</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>Your computer asks for less motion, so the breathing guide stays still and counts in words.</source>
        <translation>Tu equipo pide menos movimiento, así que la guía de respiración se queda quieta y cuenta con palabras.</translation>
    </message>
    <message>
        <source>The breathing guide stays still and counts in words.</source>
        <translation>La guía de respiración se queda quieta y cuenta con palabras.</translation>
    </message>
    <message>
        <source>Managed by %1</source>
        <translation>Gestionado por %1</translation>
    </message>
    <message>
        <source>%1: at most %2 minutes.</source>
        <translation>%1: como máximo %2 minutos.</translation>
    </message>
    <message>
        <source>%1: locks after %2 minutes.</source>
        <translation>%1: se bloquea tras %2 minutos.</translation>
    </message>
    <message>
        <source>%1: a passphrase is required to open Bond.</source>
        <translation>%1: se necesita una frase de contraseña para abrir Bond.</translation>
    </message>
    <message>
        <source>%1: exports are turned off on this computer. Encrypted backups still work.</source>
        <translation>%1: las exportaciones están desactivadas en este equipo. Las copias de seguridad cifradas siguen funcionando.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Poner una frase de contraseña…</translation>
    </message>
    <message>
        <source>Remove the key from the &amp;keyring</source>
        <translation>Quitar la llave del &amp;llavero</translation>
    </message>
    <message>
        <source>Set a passphrase first, so you can still get in.</source>
        <translation>Pon antes una frase de contraseña, para poder seguir entrando.</translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keyring</source>
        <translation>Guardar la llave en el &amp;llavero</translation>
    </message>
    <message>
        <source>No keyring was found on this computer.</source>
        <translation>No se encontró ningún llavero en este equipo.</translation>
    </message>
    <message>
        <source>Has a PIN. Private answers open only with it.</source>
        <translation>Tiene PIN. Las respuestas privadas solo se abren con él.</translation>
    </message>
    <message>
        <source>No PIN. Private answers are protected by the vault only, so anyone who can open Bond here could read them.</source>
        <translation>Sin PIN. Las respuestas privadas están protegidas solo por la caja fuerte, así que cualquiera que pueda abrir Bond aquí podría leerlas.</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Cambiar el PIN…</translation>
    </message>
    <message>
        <source>Remove PIN…</source>
        <translation>Quitar el PIN…</translation>
    </message>
    <message>
        <source>Forgot the PIN…</source>
        <translation>He olvidado el PIN…</translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation>Poner un PIN…</translation>
    </message>
    <message>
        <source>On this system, add Bond to your login items yourself (see README).</source>
        <translation>En este sistema, añade tú Bond a los programas que se abren al iniciar sesión (mira el README).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>A question to start from, if you like:</source>
        <translation>Una pregunta para empezar, si quieres:</translation>
    </message>
    <message>
        <source>Questions to start from, if you like:</source>
        <translation>Preguntas para empezar, si quieres:</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>Get support now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>You don&apos;t have to be in crisis to call. These services listen, in confidence, and can help you think about what to do next.</source>
        <translation>No hace falta estar en crisis para llamar. Estos servicios escuchan, de forma confidencial, y pueden ayudarte a pensar qué hacer después.</translation>
    </message>
    <message>
        <source>&amp;Where are you?</source>
        <translation>¿Dónde &amp;estás?</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Choose where you are to see the right phone numbers</source>
        <translation>Elige dónde estás para ver los teléfonos que te corresponden</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Support services</source>
        <translation>Servicios de apoyo</translation>
    </message>
    <message>
        <source>To settle right now:</source>
        <translation>Para calmarte ahora mismo:</translation>
    </message>
    <message>
        <source>Grounding with &amp;your senses</source>
        <translation>&amp;Anclaje con tus sentidos</translation>
    </message>
    <message>
        <source>&amp;Slow breathing</source>
        <translation>Respiración &amp;lenta</translation>
    </message>
    <message>
        <source>&amp;About feeling unsafe with a partner</source>
        <translation>Sobre &amp;no sentirse a salvo con una pareja</translation>
    </message>
    <message>
        <source>Start 5-4-3-2-1 grounding</source>
        <translation>Empezar el anclaje 5-4-3-2-1</translation>
    </message>
    <message>
        <source>Start the longer out-breath</source>
        <translation>Empezar la espiración larga</translation>
    </message>
    <message>
        <source>About feeling unsafe with a partner</source>
        <translation>Sobre no sentirse a salvo con una pareja</translation>
    </message>
    <message>
        <source>Shows general information. Nothing is asked and nothing is recorded.</source>
        <translation>Muestra información general. No se pregunta nada y no se registra nada.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everyone deserves to feel safe at home. If a partner frightens, threatens, hurts, watches or controls you, that is not your fault, and it is not a shared problem for the two of you to fix in exercises. Couples exercises and couples counselling are not the right tool for it.&lt;/p&gt;&lt;p&gt;The domestic abuse services above talk with people every day about what is happening and what they might do, in confidence, at whatever pace you choose. You don&apos;t have to be sure it is &quot;abuse&quot; to call.&lt;/p&gt;&lt;p&gt;If you think your computer or phone may be watched, a safer device (a library&apos;s, a trusted friend&apos;s) is better for looking up help. Bond&apos;s Hide button only helps against someone looking over your shoulder; it cannot hide that Bond is installed. Bond keeps no record that you opened this.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todo el mundo merece sentirse a salvo en casa. Si tu pareja te asusta, te amenaza, te hace daño, te vigila o te controla, no es culpa tuya, y no es un problema compartido que resolver con ejercicios. Los ejercicios de pareja y la terapia de pareja no son la herramienta adecuada para eso.&lt;/p&gt;&lt;p&gt;Los servicios de atención a la violencia en la pareja que aparecen arriba hablan cada día con personas sobre lo que les está pasando y lo que podrían hacer, de forma confidencial y al ritmo que elijas. No hace falta tener la certeza de que es «maltrato» para llamar.&lt;/p&gt;&lt;p&gt;Si crees que pueden estar vigilando tu equipo o tu teléfono, es mejor buscar ayuda desde un dispositivo más seguro (el de una biblioteca o el de una amistad de confianza). El botón Ocultar de Bond solo sirve frente a alguien que mira por encima de tu hombro; no puede ocultar que Bond está instalado. Bond no guarda ningún registro de que abriste esto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Numbers were checked on the date shown next to each service. Bond is not an emergency service and does not contact anyone for you.</source>
        <translation>Los números se comprobaron en la fecha que aparece junto a cada servicio. Bond no es un servicio de emergencias y no contacta con nadie por ti.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>If you are in danger now, call your local emergency number.</source>
        <extracomment>The services list shows about this many lines before it scrolls, at any text size.</extracomment>
        <translation>Si estás en peligro ahora, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>The list of support services could not be loaded.</source>
        <translation>No se pudo cargar la lista de servicios de apoyo.</translation>
    </message>
    <message>
        <source>In danger right now? Call %1.</source>
        <translation>¿Estás en peligro ahora mismo? Llama al %1.</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Comprobado el %1</translation>
    </message>
    <message>
        <source>Bond has no local services listed for this place yet. Your doctor, a local hospital or a community health service can point you to help.</source>
        <translation>Bond todavía no tiene servicios locales para este lugar. Tu médico o médica, un hospital cercano o un centro de salud pueden orientarte.</translation>
    </message>
</context>
<context>
    <name>TextStep</name>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Only as much as you want.</source>
        <translation>Solo lo que quieras contar.</translation>
    </message>
</context>
<context>
    <name>TurnsPanel</name>
    <message>
        <source>Taking turns</source>
        <translation>Por turnos</translation>
    </message>
    <message>
        <source>Who has the floor</source>
        <translation>Quién tiene la palabra</translation>
    </message>
    <message>
        <source>Turn %1 of %2</source>
        <translation>Turno %1 de %2</translation>
    </message>
    <message>
        <source>%1 has the floor</source>
        <translation>%1 tiene la palabra</translation>
    </message>
    <message>
        <source>Speak for yourself, a little at a time, then pause.</source>
        <translation>Habla desde ti, poco a poco, y luego haz una pausa.</translation>
    </message>
    <message>
        <source>%1 speaks. %2 listens without answering back.</source>
        <translation>%1 habla. %2 escucha sin replicar.</translation>
    </message>
    <message>
        <source>%1: I&apos;ve said my piece</source>
        <translation>%1: ya he dicho lo mío</translation>
    </message>
    <message>
        <source>%1 still has the floor</source>
        <translation>%1 sigue teniendo la palabra</translation>
    </message>
    <message>
        <source>Say back what you heard, in your own words. No fixing, no rebuttal.</source>
        <translation>Repite lo que oíste, con tus palabras. Sin arreglar nada y sin rebatir.</translation>
    </message>
    <message>
        <source>%1, say back what you heard.</source>
        <translation>%1, repite lo que oíste.</translation>
    </message>
    <message>
        <source>%1: I&apos;ve said it back</source>
        <translation>%1: ya lo he repetido</translation>
    </message>
    <message>
        <source>%1, did %2 get it?</source>
        <translation>%1, ¿%2 lo entendió?</translation>
    </message>
    <message>
        <source>Yes, that&apos;s it</source>
        <translation>Sí, es eso</translation>
    </message>
    <message>
        <source>Not quite: I&apos;ll say it another way</source>
        <translation>No del todo: lo diré de otra forma</translation>
    </message>
    <message>
        <source>You both had the floor</source>
        <translation>Las dos personas tuvieron la palabra</translation>
    </message>
    <message>
        <source>Well done. You can go on when you are ready.</source>
        <translation>Buen trabajo. Se puede seguir en cuanto haya ganas.</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Tu caja fuerte está bloqueada. Escribe tu frase de contraseña para abrirla.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>D&amp;esbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Use a &amp;temporary session instead</source>
        <translation>Usar una sesión &amp;temporal en su lugar</translation>
    </message>
    <message>
        <source>Use a temporary session instead</source>
        <translation>Usar una sesión temporal en su lugar</translation>
    </message>
    <message>
        <source>Nothing will be saved, and your vault stays locked</source>
        <translation>No se guardará nada, y tu caja fuerte sigue bloqueada</translation>
    </message>
    <message>
        <source>Bond cannot recover a forgotten passphrase: it is the only way into the vault. A wrong try changes nothing.</source>
        <translation>Bond no puede recuperar una frase de contraseña olvidada: es la única forma de entrar en la caja fuerte. Un intento fallido no cambia nada.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>D&amp;esbloquear</translation>
    </message>
</context>
<context>
    <name>VaultFeature</name>
    <message>
        <source>Bond could not finish setting up. Nothing was saved.</source>
        <extracomment>A vault is open (the shell shows the temporary-session banner, records use). The vault is open and has its people: Bond can show Home.</extracomment>
        <translation>Bond no pudo terminar la preparación. No se guardó nada.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Please try again; nothing was changed.</source>
        <translation>Esa frase de contraseña no abre esta caja fuerte. Inténtalo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <source>Bond could not unlock the vault.</source>
        <translation>Bond no pudo desbloquear la caja fuerte.</translation>
    </message>
    <message>
        <source>Starting a temporary session…</source>
        <translation>Empezando una sesión temporal…</translation>
    </message>
    <message>
        <source>This vault is from a newer Bond</source>
        <translation>Esta caja fuerte es de una versión más nueva de Bond</translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation>Tu caja fuerte está bloqueada</translation>
    </message>
    <message>
        <source>Bond could not open your vault</source>
        <translation>Bond no pudo abrir tu caja fuerte</translation>
    </message>
    <message>
        <source>Bond could not open your vault, even from its latest backup, so what does not fit may be the vault&apos;s key file (vault.header) rather than the vault itself: a key file copied from another vault, for example. Bond has not deleted anything; the file the backup replaced is kept in the kept-aside folder. If you have another copy of this vault folder, putting its vault.header back may open it.</source>
        <translation>Bond no pudo abrir tu caja fuerte, ni siquiera desde su copia de seguridad más reciente, así que lo que no encaja puede ser el archivo de la llave (vault.header) y no la caja fuerte en sí: por ejemplo, un archivo de llave copiado de otra caja fuerte. Bond no ha borrado nada; el archivo que reemplazó la copia se guarda en la carpeta kept-aside. Si tienes otra copia de esta carpeta, volver a poner su vault.header puede abrirla.</translation>
    </message>
    <message>
        <source>The latest backup is damaged too. %1</source>
        <translation>La copia de seguridad más reciente también está dañada. %1</translation>
    </message>
    <message>
        <source>Your vault folder: %1
Bond&apos;s log (it never holds what you wrote): %2</source>
        <translation>Carpeta de tu caja fuerte: %1
Registro de Bond (nunca guarda lo que escribiste): %2</translation>
    </message>
    <message>
        <source>Restore the latest backup? The current vault file is kept aside in the vault folder, not deleted. Anything written after the backup was taken will not be in the restored vault.</source>
        <translation>¿Restaurar la copia de seguridad más reciente? El archivo actual de la caja fuerte se guarda aparte en su carpeta, no se borra. Lo que se escribió después de hacer la copia no estará en la caja fuerte restaurada.</translation>
    </message>
</context>
<context>
    <name>YourDataFeature</name>
    <message>
        <source>Bond could not write there (is the disk full or the folder read-only?).</source>
        <extracomment>What is under way or went wrong (text, whether it is an error), for the Settings screen. An import may have added people: the Settings screen reads them again.</extracomment>
        <translation>Bond no pudo escribir ahí (¿está lleno el disco o la carpeta es de solo lectura?).</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted.</source>
        <translation>Guardado en %1. No está cifrado.</translation>
    </message>
    <message>
        <source>Save a PDF summary</source>
        <translation>Guardar un resumen en PDF</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Preparando el resumen…</translation>
    </message>
    <message>
        <source>Make an encrypted backup</source>
        <translation>Hacer una copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>Bond backup (*.zip)</source>
        <translation>Copia de seguridad de Bond (*.zip)</translation>
    </message>
    <message>
        <source>Your vault opens with this computer&apos;s keyring, which a backup cannot take along. Choose a passphrase for the backup: you will need it to restore it.</source>
        <translation>Tu caja fuerte se abre con el llavero de este equipo, y una copia de seguridad no puede llevárselo. Elige una frase de contraseña para la copia: la necesitarás para restaurarla.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup saved to %1. It is encrypted.</source>
        <translation>Copia de seguridad guardada en %1. Está cifrada.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>This backup opens only with a keyring this computer does not have.</source>
        <translation>Esta copia de seguridad solo se abre con un llavero que este equipo no tiene.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase:</source>
        <translation>La frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Replace what is in Bond now with this backup? The vault that is here now is kept aside in Bond&apos;s folder, not deleted.</source>
        <translation>¿Cambiar lo que hay ahora en Bond por esta copia de seguridad? La caja fuerte actual se guarda aparte en la carpeta de Bond, no se borra.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Import a JSON export</source>
        <translation>Importar una exportación JSON</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s). Anything already here was left as it was.</source>
        <translation>
            <numerusform>Elementos importados: %n. Lo que ya había se quedó como estaba.</numerusform>
            <numerusform>Elementos importados: %n. Lo que ya había se quedó como estaba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: everything in the file was already here.</source>
        <translation>Nada nuevo: todo lo del archivo ya estaba aquí.</translation>
    </message>
    <message>
        <source>Some private answers in this file belong to someone with a PIN. Open Boundaries and give that PIN, then import again. Nothing was imported.</source>
        <translation>Algunas respuestas privadas de este archivo son de alguien con PIN. Abre Límites y escribe ese PIN; luego importa de nuevo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
</context>
<context>
    <name>_Circle</name>
    <message>
        <source>Breathing circle</source>
        <translation>Círculo de respiración</translation>
    </message>
</context>
</TS>
