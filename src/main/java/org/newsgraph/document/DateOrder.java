package org.newsgraph.document;

/**
 * How to read an all-numeric date such as {@code 4/5/17}, which is 5 April in the United States (and in
 * FA-KES) and 4 May in most other places. A four-digit year first ({@code 2017-04-05}) is always read
 * year-first.
 */
public enum DateOrder {
    /** Month, day, year: 4/5/17 is 5 April 2017. */
    MDY,
    /** Day, month, year: 4/5/17 is 4 May 2017. */
    DMY,
    /** Year, month, day: 17/4/5 is 5 April 2017. */
    YMD
}
