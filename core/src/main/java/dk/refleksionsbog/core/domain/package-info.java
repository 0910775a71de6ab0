/** The action-learning journal's records, enums and pure rules. */
package dk.refleksionsbog.core.domain;
