"""The invented words of the seeded network records: why a network meeting was held, what was shared and decided,
the actions, the partners' concerns, what was shared with carers, and the escalations between agencies. `{name}` is
the child's forename."""

from __future__ import annotations

MEETING_REASONS = (
    "The exploitation screening found high risk; the network met to agree one plan.",
    "{name} has been going missing more often; the network met to share what each agency knows.",
    "The placement is under strain; the network met to support the carers and {name}.",
    "A regular network meeting, between looked-after reviews.",
)
INFORMATION = (
    "The school reported falling attendance and two fixed-term exclusions. The police shared intelligence about "
    "older young people seen with {name} near the bus station. The carers said {name} is often on the phone late.",
    "Health shared that {name} missed an appointment at the sexual health clinic. The carers said {name} came "
    "back from two episodes with new clothes. The coordinator shared the themes of the return interviews.",
    "The carers said {name} has settled better this month. The school said {name} is attending but tired. The "
    "police had no new intelligence.",
    "The return interview service shared that {name} talked about friends in another town. The school shared "
    "concerns about a new group of friends.",
)
DECISIONS = (
    "Everyone tells the social worker the same day of anything new. The risk plan is to be reviewed. The carers "
    "will keep a log of calls and visitors.",
    "A referral to the child exploitation panel. The school will offer a mentor. The police will visit the "
    "address named in the return interviews.",
    "Extra support for the carers from the fostering team. A direct work session with {name} about "
    "friendships. The network will meet again in six weeks.",
    "No change to the plan; the network will meet again at the next review point.",
)
ACTIONS = (
    "Update the missing person profile with the new photograph and associates",
    "Share the risk plan with the school and the carers",
    "Offer {name} a mentor through the school",
    "Visit the address named in the return interviews",
    "Arrange a sexual health appointment with {name}'s agreement",
    "Refer to the child exploitation panel",
    "Hold a direct work session with {name} about online safety",
    "Arrange support for the carers from the fostering team",
)
REGULAR_INFORMATION = (
    "The carers said {name} is settled. School attendance is good. Health had nothing new.",
    "{name} is enjoying a new club. The school shared the latest report. The nurse said the health plan is up to date.",
    "The carers asked for more support with evenings. The school said {name} is doing well in English.",
    "{name}'s family time is going well. No new concerns from any agency.",
)
REGULAR_DECISIONS = (
    "No change to the plan; the network will meet again in about three months.",
    "The plan stays as it is; the carers will have more support with evenings.",
    "Keep the current plan; the school will share the next report with everyone.",
    "The network agreed {name}'s views will be gathered before the next meeting.",
)
REGULAR_ACTIONS = (
    "Send the updated care plan to the network",
    "Confirm the date of the next PEP with the virtual school",
    "Book {name}'s review health assessment",
    "Ask {name} who they would like at the next meeting",
    "Share the school report with the carers",
    "Arrange family time for {name} over the holidays",
)
DONE_NOTES = ("Done, and shared with the network.", "Completed; see case notes.", "Done.")
OPEN_NOTES = ("In hand.", "", "Booked for next week.")
CONCERNS = (
    ("{name} came home after midnight in a car we did not know, and would not say who was driving.", True),
    ("{name} has a new phone and new trainers and will not say where they came from.", False),
    ("{name} has missed three days of school this week and seemed very tired when in.", False),
    ("An older man has been waiting outside the school gates for {name} at the end of the day.", True),
    ("{name} told a teacher that a friend's boyfriend buys them things and takes them places.", False),
    ("{name} seems low and has stopped going to football, which they loved.", False),
)
RESPONSES = (
    "Read and discussed with {name}; shared with the police liaison officer.",
    "Read; added to the screening and raised at the network meeting.",
    "Read; spoke to the carers and to {name} the same day.",
)
ESCALATIONS = (
    (
        "The police have not visited the address where {name} is found when missing, despite three requests.",
        "{name} keeps going back to the same address, where older men are present.",
        "A visit to the address and a decision about a child abduction warning notice.",
    ),
    (
        "Children's social care has not held a strategy discussion after the school's referral of a disclosure.",
        "{name} disclosed being given money and gifts by an adult; nothing has been done for two weeks.",
        "A strategy discussion within two working days, with the school invited.",
    ),
    (
        "Health has not arranged the review health assessment, now months overdue.",
        "{name}'s health needs, including sexual health, are not known to the network.",
        "The review health assessment booked within a month.",
    ),
    (
        "The school has excluded {name} without telling the social worker or the virtual school.",
        "When excluded {name} is unsupervised in the day, when the risk of exploitation is highest.",
        "A meeting with the head teacher and a plan for {name}'s education this week.",
    ),
)
RESPONSE_TEXTS = (
    "We have looked into this and explained our reasons; we do not agree that more is needed yet.",
    "We accept part of the concern and will review the decision with a manager.",
    "A response has been sent setting out what we have done so far.",
)
NEXT_STAGE_TEXTS = (
    "The response does not address the risk to the child; moving to the next stage.",
    "No response within the time limit; moving to the next stage.",
)
RESOLUTIONS = (
    "Agreed at a meeting of both managers: the visit will take place and the plan is updated.",
    "The strategy discussion was held and both agencies agreed the plan.",
    "The assessment was booked and the network told.",
)
WITHDRAWN_TEXTS = ("Withdrawn: the action asked for was taken before a response was due.",)
