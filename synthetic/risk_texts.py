"""The invented words of the seeded risk records (care_risk.py): evidence for the indicators of a screening, what
the child said, the risk plan's concerns and actions, and the decisions and dissent of strategy discussions. Short,
generic and about no one real. "{person}" and "{place}" are filled from the child's circle (care_missing.CIRCLES),
"{name}" with the child's forename."""

from __future__ import annotations

from risk.models import DiscussionOutcome as Outcome

# Evidence for each indicator: (for a low grade, for a medium or high one). A {person}/{place} phrase is used for a
# child in a circle when one fits.
EVIDENCE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "older_partner": (
        (
            "Talks about a new boyfriend or girlfriend but will not say how old they are.",
            "The carer has heard them on the phone late at night to someone they will not name.",
        ),
        (
            "In a relationship with someone of about 22 who collects them from the placement and checks their phone.",
            "Says their partner gets angry if they do not answer at once; has stopped seeing friends.",
        ),
    ),
    "unknown_adults_cars": (
        (
            "Dropped off once at the end of the road by a car the carer did not know.",
            "Says an older friend's cousin gives them lifts.",
        ),
        (
            "Picked up several times near the placement by a grey hatchback; the driver is an adult nobody knows.",
            "School saw an adult waiting in a car at home time on three days this month.",
        ),
    ),
    "money_gifts": (
        (
            "Came back with new trainers and said a friend bought them.",
            "Has more phone credit than their pocket money allows.",
        ),
        (
            "Has a second phone and a roll of cash; will not say where they came from.",
            "Came back with a new jacket and cash after a night missing.",
        ),
    ),
    "hotels_taxis": (
        (
            "Mentioned a party at a flat with older people.",
            "A taxi dropped them at the placement; nobody knows who paid.",
        ),
        (
            "Found by police at a hotel with two adults; the taxi was paid for by someone else.",
            "Talks about parties at flats where adults hand out drink and drugs.",
        ),
    ),
    "online_contact": (
        (
            "Has accepted friend requests from people they have never met.",
            "Talks on game chat to people the carer does not know.",
        ),
        (
            "Asked for images by an adult met on social media, and arranged to meet them.",
            "Messages from an adult of about 30 telling them to keep the chats secret.",
        ),
    ),
    "taken_elsewhere": (
        (
            "Talked about a day out in another town with older friends.",
            "Had a train ticket to a town two hours away.",
        ),
        (
            "Found by police in a town 60 miles away with no reason to be there.",
            "Says they were driven to another city and told to stay in a flat for days.",
        ),
    ),
    "disclosure_withdrawn": (
        ("Hinted to a teacher that something happened at a party, then changed the subject.",),
        (
            "Told the carer an adult made them do things for money, then said the next day they made it up.",
            "Told the return interview worker what happened, then would not speak to the police.",
        ),
    ),
    "school_absence": (
        ("Attendance down to 88% this term.", "Late most mornings; missed two afternoons this month."),
        (
            "Attendance below 60% this term; leaves school at lunchtime with older pupils.",
            "Excluded twice this term; not going to the alternative provision.",
        ),
    ),
    "unknown_callers": (
        ("A few calls to the placement from a withheld number asking for them.",),
        (
            "Adults the carer does not know have come to the door asking for them.",
            "Constant calls and messages from numbers saved under nicknames.",
        ),
    ),
    "injuries": (
        ("A bruise on the arm; said it happened at football.",),
        (
            "Came back with a cut hand and a black eye and would not say what happened.",
            "Bruising to the wrists that they could not explain.",
        ),
    ),
    "sexual_health": (
        ("Asked the school nurse about contraception.",),
        (
            "Treated for a sexually transmitted infection; would not say who with.",
            "Needed emergency contraception twice in three months.",
        ),
    ),
    "substance_use": (
        ("Smelled of cannabis after coming in late.", "Has been drinking at weekends with friends."),
        (
            "Came back drunk and drowsy; says older males give them cannabis and vodka.",
            "Uses cannabis every day and owes money for it.",
        ),
    ),
    "self_harm": (
        ("Low mood since the last move; says nobody cares.",),
        (
            "Cut their arms after coming back from a missing episode.",
            "Took an overdose last month; now seen by the mental health service.",
        ),
    ),
    "phone_internet": (
        ("Up on the phone most of the night; secretive about who they message.",),
        (
            "Has two phones and will not unlock either; new contacts saved under nicknames.",
            "Shared sexual images that were passed round school.",
        ),
    ),
    "peers_exploited": (
        ("A close friend has gone missing several times this year.",),
        (
            "Friends are known to the police for carrying drugs; one introduced them to older males.",
            "Spends time with a group thought to be exploited by the same adults.",
        ),
    ),
    "offending": (
        ("Cautioned for shoplifting with friends.",),
        (
            "Arrested carrying drugs in another town; said they were holding them for someone.",
            "Charged with a robbery done with older males.",
        ),
    ),
}
GENERIC_EVIDENCE = (
    ("Some concern raised by one agency.",),
    ("Concern raised by more than one agency in the network.",),
)
CIRCLE_EVIDENCE: dict[str, str] = {
    "unknown_adults_cars": "Seen getting into a car with {person} near {place}.",
    "money_gifts": "Says {person} gives them money and food for helping out.",
    "hotels_taxis": "Found at {place}; the taxi there was paid for by someone else.",
    "taken_elsewhere": "Told a worker they were taken from {place} to another town by {person}.",
    "older_partner": "In a relationship with {person}, who is much older and collects them from {place}.",
    "peers_exploited": "Friends who also go to {place} and know {person}.",
}

JUDGEMENT_REASONS = (
    "The carer and the school describe a sudden change in behaviour and new older friends; raised until the review.",
    "A sibling is being exploited by the same group; raised on professional judgement.",
    "Police intelligence about adults around the placement that the indicators do not yet show.",
)
ANALYSIS = (
    "Screened with the carer and the coordinator; the child took part for some of it.",
    "Screened at the network meeting with the school and the police liaison officer.",
    "Screened by the social worker after the return interview.",
    "Screened on a visit; the child chose not to take part.",
    "Screened with the carer; the school sent its view beforehand.",
)
CHILD_SAID = (
    "The child said: “I know what I’m doing.”",
    "The child said: “They’re my mates, they look after me.”",
    "The child said: “I just want everyone to leave me alone.”",
    "The child said: “I don’t want the police involved.”",
    "The child said they feel safe at the placement.",
    "The child said they want to go back to their old school.",
)

# What the risk plan is to keep the child safe from, by indicator.
PLAN_PHRASES: dict[str, str] = {
    "missing": "going missing, often at night",
    "older_partner": "an older partner who controls them",
    "unknown_adults_cars": "adults who pick them up in cars",
    "money_gifts": "being given money, phones and clothes by adults",
    "hotels_taxis": "being taken to hotels, flats and parties",
    "online_contact": "adults who contact them online",
    "taken_elsewhere": "being taken to other towns",
    "disclosure_withdrawn": "the abuse they told of and then took back",
    "school_absence": "leaving school during the day",
    "substance_use": "drink and drugs supplied by adults",
    "phone_internet": "being groomed through their phone",
    "peers_exploited": "friends who are being exploited",
    "offending": "being used to carry drugs or commit crimes",
}
GENERIC_PHRASE = "harm outside the home"
CHILD_VIEWS = (
    "“I don’t need a plan, I’m fine.”",
    "“I’ll text my carer if I’m going to be late.”",
    "“I want to see my friends, not be stuck in.”",
    "“I’m OK with school checking on me, but not in front of everyone.”",
    "Did not want to talk about the plan.",
)

SOCIAL_WORKER, COORDINATOR, POLICE, SCHOOL = "social_worker", "coordinator", "police", "school"
ACTIONS: dict[str, tuple[str, ...]] = {
    SOCIAL_WORKER: (
        "See {name} alone every week and talk about who they spend time with.",
        "Share the risk plan with the carer and agree times for coming home.",
        "Refer {name} to the child exploitation support service.",
        "Ask the IRO to bring the review forward.",
        "Agree with {name} and the carer a word to use when they need picking up.",
    ),
    COORDINATOR: (
        "Map the people and places named in the return interviews.",
        "Share what the return interviews say with the police.",
        "Arrange a network meeting with the school and the carer.",
        "Ask the neighbouring authority's coordinator about the places named.",
    ),
    POLICE: (
        "Visit the address named and speak with the adults there.",
        "Submit an intelligence report on the adults and the car named.",
        "Check the number plate the carer gave.",
        "Consider a child abduction warning notice for the adult named.",
        "Flag the placement address so that calls get a quick response.",
    ),
    SCHOOL: (
        "Check in with {name} each morning and after lunch.",
        "Tell the social worker the same day of any absence or leaving early.",
        "Run sessions on healthy relationships and staying safe online.",
        "Watch for adults waiting outside at home time and tell the police.",
    ),
}
DONE_NOTES = (
    "Done; recorded on the child's file.",
    "Done and shared with the network.",
    "Done; see the case note of that day.",
    "",
)
OPEN_NOTES = ("", "", "Started; not finished yet.", "Booked for next week.")
OVERDUE_NOTES = ("", "Chased by the social worker.", "Not started: waiting to hear back.")

KIND_WEIGHTS = (("strategy_discussion", 55), ("strategy_meeting", 30), ("joint_decision", 15))
OUTCOME_WEIGHTS = (
    (Outcome.RISK_PLAN, 40),
    (Outcome.S47, 25),
    (Outcome.JOINT_INVESTIGATION, 15),
    (Outcome.POLICE_INVESTIGATION, 10),
    (Outcome.NO_FURTHER_ACTION, 10),
)
DECISIONS: dict[str, str] = {
    Outcome.S47: (
        "Section 47 enquiries to start; the social worker to see the child within 24 hours and the police to "
        "check what is known about the adults named."
    ),
    Outcome.JOINT_INVESTIGATION: (
        "Joint investigation by the police and children's social care; a video interview to be offered and the "
        "risk plan reviewed in two weeks."
    ),
    Outcome.POLICE_INVESTIGATION: (
        "The police to investigate the adults named; children's social care to carry on under the risk plan and "
        "share what the child says."
    ),
    Outcome.RISK_PLAN: (
        "The threshold for section 47 is not met; support under the risk plan, with a network meeting within "
        "ten working days."
    ),
    Outcome.NO_FURTHER_ACTION: (
        "No further action under section 47; the screening to be looked at again at the next network meeting."
    ),
}
WANTS_MORE = frozenset({Outcome.RISK_PLAN, Outcome.NO_FURTHER_ACTION})
# Dissent in the dissenter's own words: against too little (a risk plan or no further action), by agency.
DISSENT_MORE: dict[str, tuple[str, ...]] = {
    POLICE: (
        "I disagree. We have intelligence linking the car to the address and I think this should be a joint "
        "investigation, not a risk plan.",
        "Police do not agree. The child was found with an adult we know from other cases and I want that on the "
        "record.",
        "I think section 47 is met. Another network meeting will not keep this child safe this weekend.",
    ),
    "health": (
        "I don't agree. The clinic has seen them twice and I think we are missing what is happening.",
        "From health's side I want it recorded that I think the threshold is met.",
    ),
    "education": (
        "School disagrees. We see adults waiting at the gate most days and nothing has changed.",
        "I don't think a risk plan is enough; the child has told staff they are scared.",
    ),
    SOCIAL_WORKER: (
        "I disagree with the police view that there is not enough to investigate. The child has told me who the "
        "adults are.",
    ),
}
# Against an investigation: too much, or the wrong way round.
DISSENT_LESS: dict[str, tuple[str, ...]] = {
    POLICE: (
        "I don't agree there is enough for an investigation yet. There is no offence identified; we will keep "
        "it under review.",
    ),
    SOCIAL_WORKER: (
        "I disagree with officers going to the placement now; the child will stop talking to us.",
        "As the child's social worker I think this should stay with the risk plan until the child is ready to "
        "talk.",
    ),
}
