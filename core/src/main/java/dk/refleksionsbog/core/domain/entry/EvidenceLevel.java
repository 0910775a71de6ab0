package dk.refleksionsbog.core.domain.entry;

/** How strong the knowledge behind an observation is (seed 001's three levels, weakest first). */
public enum EvidenceLevel {
    /** Erfaringer: structured experiences of the people involved. */
    EXPERIENCES,
    /** Tendenser: systematic data showing a tendency. */
    TENDENCIES,
    /** Evidens: robust, controlled evidence. */
    EVIDENCE
}
