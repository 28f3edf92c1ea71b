"""Articles of an invented dock strike, told over three days: the folder a brief is made of, then an
article with a new development and one that only repeats what the first ones said."""

from __future__ import annotations

BEFORE: dict[str, str] = {
    "valmora-courier.txt": (
        "Dockers strike at Valmora port\n\n"
        "Dock workers at the port of Valmora walked off the job on Monday, halting cargo traffic at the "
        "city's container terminal. The Valmora Dockers Union said 2,400 members joined the strike after "
        "talks over pay broke down. Port director Elena Marsh said ships were being diverted to the "
        "neighbouring port of Castellan. The union is asking for a 9 percent raise over two years. Marsh "
        "said the port authority had offered 5 percent. Shops in the old town reported shortages of fresh "
        "fruit by Tuesday.\n"
    ),
    "coast-gazette.txt": (
        "Valmora dockers walk out\n\n"
        "About 2,400 dockers went on strike at the port of Valmora on Monday after pay talks broke down. "
        "Cargo ships were diverted to Castellan, port director Elena Marsh said. Union leader Tomas Reyes "
        "called the port authority's offer of 5 percent an insult. The strike is the first at the port "
        "since 2011. Local fishermen said they were still allowed to land their catch.\n"
    ),
    "harbour-news.txt": (
        "No end in sight for Valmora strike\n\n"
        "The strike at the port of Valmora entered its second day on Tuesday with no talks scheduled. "
        "Union leader Tomas Reyes said members would stay out until the port authority raised its offer. "
        "Trucks queued for several kilometres outside the closed terminal gates. The regional chamber of "
        "commerce estimated the losses of the strike at 3 million euros a day.\n"
    ),
}

# The new development: mediators arrive and both sides agree to meet.
NEW_DEVELOPMENT: dict[str, str] = {
    "valmora-evening.txt": (
        "Ministry sends mediators to end Valmora strike\n\n"
        "Mediators from the national labour ministry arrived in Valmora on Wednesday to end the dock "
        "strike at the port. The ministry said the union and the port authority had agreed to meet the "
        "mediators at the town hall on Thursday morning. Union leader Tomas Reyes said the dockers would "
        "propose a raise of 7 percent at the talks. Port director Elena Marsh welcomed the mediators.\n"
    ),
}

# Only what the first articles said, in other words.
REPEAT: dict[str, str] = {
    "port-wire.txt": (
        "Strike halts Valmora port\n\n"
        "Some 2,400 dock workers went on strike at the port of Valmora on Monday after pay talks broke "
        "down. Ships were diverted to the port of Castellan, port director Elena Marsh said.\n"
    ),
}
