package org.newsgraph.mention;

/** The kinds of entity newsgraph finds. A state is an actor that is also a place. */
public enum EntityType {
    STATE, ORGANIZATION, ARMED_GROUP, PERSON, PLACE;

    public boolean isActor() {
        return this != PLACE;
    }
}
