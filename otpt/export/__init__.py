"""Writers at the edge: assessment items for an LMS (Canvas and Blackboard QTI, Moodle XML,
GIFT), a gradebook CSV from class results, and the booth on paper (a PDF deck). They read
the same validated data as the widgets and add no teaching logic of their own."""
