import JourneyKit

/// The string catalogue's discussion of `journey merge`, the longest help text, in English and
/// Spanish side by side.
enum MergeHelp {
    static func discussion(in language: Language) -> String {
        language.choose(
            en: """
                Merges cell by cell and field by field: changes to different cells, stages, touchpoints or \
                fields combine; the same field changed differently on both sides is a conflict. The merged map \
                is written in canonical form to OURS (atomically), or to --output.

                On conflicts, the file written holds the merge with each conflict between marker lines \
                (<<<<<<< ours, ||||||| base, =======, >>>>>>> theirs), which git reports as a conflict and \
                journey check rejects; each one is also printed on standard error as OURS: conflict: SUMMARY: \
                ours VALUE / theirs VALUE, and the exit status is 1. Resolve them in the editor (journey FILE \
                opens in the conflict review), by hand, or with journey resolve FILE --take ours|theirs. --take \
                ours or --take theirs settles every conflict that way instead. Exit status: 0 merged cleanly (or \
                settled by --take), 1 conflicts, 2 an input that cannot be read or is not a valid map (reported \
                as path:line:column: message), 64 a usage error.

                To let git merge .journey files this way, run journey git setup once per repository (or with \
                --global). It does the equivalent of:
                  git config merge.journey.name "journey map merge"
                  git config merge.journey.driver "journey merge %O %A %B --label %P"
                and, in .gitattributes:
                  *.journey merge=journey diff=journey
                git then runs journey merge on the base (%O), our (%A) and their (%B) versions, and takes the \
                file left in %A; on exit status 1 it reports a conflict for you to resolve and commit. --label \
                %P reports conflicts under the map's own path rather than git's temporary file.

                Examples:
                  journey merge base.journey mine.journey theirs.journey
                  journey merge base.journey mine.journey theirs.journey --take theirs
                """,
            es: """
                Fusiona celda a celda y campo a campo: se combinan los cambios en celdas, etapas, puntos de \
                contacto o campos distintos; el mismo campo cambiado de forma distinta en ambos lados es un \
                conflicto. El mapa fusionado se escribe en forma canónica en OURS (de forma atómica), o en --output.

                Ante conflictos, el archivo escrito contiene la fusión con cada conflicto entre líneas \
                marcadoras (<<<<<<< ours, ||||||| base, =======, >>>>>>> theirs), que git señala como conflicto \
                y journey check rechaza; cada uno se imprime además en la salida de errores como OURS: \
                conflicto: RESUMEN: nuestra VALOR / suya VALOR, y el estado de salida es 1. Resuélvalos en el \
                editor (journey ARCHIVO abre la revisión de conflictos), a mano, o con journey resolve ARCHIVO \
                --take ours|theirs. --take ours o --take theirs resuelve así todos los conflictos. Estado de \
                salida: 0 fusión limpia (o resuelta con --take), 1 conflictos, 2 una entrada que no se puede \
                leer o no es un mapa válido (informada como ruta:línea:columna: mensaje), 64 un error de uso.

                Para que git fusione así los archivos .journey, ejecute journey git setup una vez por \
                repositorio (o con --global). Equivale a:
                  git config merge.journey.name "journey map merge"
                  git config merge.journey.driver "journey merge %O %A %B --label %P"
                y, en .gitattributes:
                  *.journey merge=journey diff=journey
                git ejecuta entonces journey merge con la base (%O), nuestra versión (%A) y la suya (%B), y toma \
                el archivo que queda en %A; con el estado de salida 1 informa de un conflicto para que usted lo \
                resuelva y lo confirme. --label %P informa de los conflictos con la ruta del propio mapa en vez \
                del archivo temporal de git.

                Ejemplos:
                  journey merge base.journey mio.journey suyo.journey
                  journey merge base.journey mio.journey suyo.journey --take theirs
                """)
    }
}
