/*
 * Parses an .ics file with libical, the iCalendar library behind GNOME Calendar and Evolution,
 * and fails on anything it flags: parse errors (X-LIC-ERROR), RFC 5545 restriction violations
 * for the calendar's METHOD, events without a UTC DTSTART, and lines longer than 75 octets.
 * Prints each event as libical understood it, so a reader can compare it with the journal.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_all(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) { perror(path); exit(2); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    rewind(file);
    char *text = malloc((size_t) size + 1);
    if (fread(text, 1, (size_t) size, file) != (size_t) size) { perror(path); exit(2); }
    text[size] = '\0';
    fclose(file);
    *length = (size_t) size;
    return text;
}

static int count_long_lines(const char *text) {
    int problems = 0, line = 1;
    size_t octets = 0;
    for (const char *c = text; *c; c++) {
        if (*c == '\n') { line++; octets = 0; continue; }
        if (*c != '\r' && ++octets == 76) {
            fprintf(stderr, "line %d is longer than 75 octets\n", line);
            problems++;
        }
    }
    return problems;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: ics_check FILE.ics\n"); return 2; }
    size_t length;
    char *text = read_all(argv[1], &length);
    int problems = count_long_lines(text);
    if (strstr(text, "\r\n") == NULL) { fprintf(stderr, "lines do not end in CRLF\n"); problems++; }

    icalcomponent *calendar = icalparser_parse_string(text);
    if (calendar == NULL || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
        fprintf(stderr, "not a VCALENDAR\n");
        return 1;
    }
    icalrestriction_check(calendar);
    int errors = icalcomponent_count_errors(calendar);
    if (errors > 0) {
        fprintf(stderr, "libical reports %d error(s):\n%s\n", errors, icalcomponent_as_ical_string(calendar));
        problems += errors;
    }
    int events = 0;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event != NULL; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        events++;
        struct icaltimetype start = icalcomponent_get_dtstart(event);
        struct icaltimetype end = icalcomponent_get_dtend(event);
        if (icaltime_is_null_time(start) || !icaltime_is_utc(start)) {
            fprintf(stderr, "event %d has no UTC DTSTART\n", events);
            problems++;
        }
        printf("UID:         %s\n", icalcomponent_get_uid(event));
        printf("start (UTC): %s\n", icaltime_as_ical_string(start));
        printf("end (UTC):   %s\n", icaltime_as_ical_string(end));
        printf("summary:     %s\n", icalcomponent_get_summary(event));
        const char *location = icalcomponent_get_location(event);
        printf("location:    %s\n", location ? location : "");
        const char *description = icalcomponent_get_description(event);
        printf("description:\n%s\n", description ? description : "");
    }
    if (events == 0) { fprintf(stderr, "no VEVENT\n"); problems++; }
    icalcomponent_free(calendar);
    free(text);
    printf("%s: %d event(s), %d problem(s)\n", argv[1], events, problems);
    return problems == 0 ? 0 : 1;
}
