"""A labelled set of sentence pairs, written for the project: do two sentences state the same fact?

Each group holds sentences that report one event, many of them in other words and some with other
values ("12 killed" / "15 killed": one event, the values disagree), and near misses that share its
actors or words but report something else (another day's call, a meeting and its outcome, background).
Every pair of ``same`` sentences is labelled same; every ``same`` sentence with every near miss is
labelled different.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Group:
    same: tuple[str, ...]
    different: tuple[str, ...]


GROUPS = (
    Group(
        (
            "Turkish President Recep Tayyip Erdogan spoke to his Russian counterpart Vladimir Putin by phone "
            "on Friday about the attacks on Idlib.",
            "Putin and Erdogan discussed the situation in Idlib during a phone call on Friday.",
            "Erdogan urged Putin in a telephone conversation on Friday to halt the offensive on Idlib.",
        ),
        (
            "Putin and Erdogan met in Sochi in September 2018 and agreed on a demilitarised zone in Idlib.",
            "Erdogan and Putin also spoke by phone on Monday about trade between the two countries.",
            "The province of Idlib is home to about 3 million people.",
        ),
    ),
    Group(
        (
            "A bomb exploded at a market in Kabul on Monday, killing 12 people.",
            "At least 15 people died when a bomb went off in a crowded Kabul market on Monday.",
            "Twelve people were killed in a bombing at a Kabul market on Monday, police said.",
        ),
        (
            "The Taliban denied any role in the Kabul market bombing.",
            "A bomb exploded at a Kabul market last year, killing eight people.",
            "Kabul police said the market would reopen on Wednesday.",
        ),
    ),
    Group(
        (
            "Mayor Ines Varga ordered the evacuation of 2,400 residents below the Merrow dam on Sunday.",
            "About 2,400 people living below the Merrow dam were told to leave their homes on Sunday.",
            "Residents below the Merrow dam, some 2,400 in all, were evacuated on Sunday on the mayor's orders.",
        ),
        (
            "The Merrow dam was built in 1961 and strengthened in 1998.",
            "Mayor Ines Varga said the evacuated residents could return home on Friday.",
            "Engineers found cracks in the spillway of the Merrow dam during an inspection.",
        ),
    ),
    Group(
        (
            "The leaders of France and Germany met in Paris on Tuesday to discuss the budget.",
            "French and German leaders held talks on the budget in Paris on Tuesday.",
            "On Tuesday the French president hosted the German chancellor in Paris for budget talks.",
        ),
        (
            "France and Germany agreed on Tuesday to raise the budget by 2 percent.",
            "The leaders of France and Germany will meet again in Berlin in March.",
            "The budget has been the subject of disputes between France and Germany for years.",
        ),
    ),
    Group(
        (
            "Apple said on Thursday its quarterly revenue rose 8 percent to 90 billion dollars.",
            "Apple reported an 8 percent rise in revenue for the quarter, to 90 billion dollars.",
            "Quarterly sales at Apple climbed to 90 billion dollars, up 8 percent, the company said Thursday.",
        ),
        (
            "Apple said on Thursday it would buy back 100 billion dollars of its shares.",
            "Apple shares fell 3 percent after the results were published on Thursday.",
            "Apple's revenue rose 5 percent in the same quarter last year.",
        ),
    ),
    Group(
        (
            "A magnitude 6.4 earthquake struck southern Taiwan early on Saturday, toppling a residential building.",
            "An earthquake of magnitude 6.4 hit the south of Taiwan on Saturday and brought down an apartment block.",
            "A strong quake shook southern Taiwan before dawn on Saturday, causing a residential tower to collapse.",
        ),
        (
            "Rescuers pulled 20 survivors from the rubble of the collapsed building in Taiwan.",
            "Taiwan was hit by a magnitude 7.6 earthquake in 1999 that killed more than 2,400 people.",
            "Taiwan's president visited the site of the collapsed building on Sunday.",
        ),
    ),
    Group(
        (
            "Northwestern University football players can form a union, a federal labor agency ruled on Wednesday.",
            "A regional director of the National Labor Relations Board ruled Wednesday that Northwestern football "
            "players may unionize.",
            "Football players at Northwestern won the right to form the first union of college athletes on Wednesday.",
        ),
        (
            "Northwestern University said it would appeal the ruling to the full labor board in Washington.",
            "The players' union effort was led by quarterback Kain Colter.",
            "Northwestern's football team finished the season with five wins and seven losses.",
        ),
    ),
    Group(
        (
            "Seven US sailors are missing after the destroyer USS Fitzgerald collided with a container ship off "
            "Japan.",
            "The USS Fitzgerald collided with a merchant vessel off the coast of Japan, and seven sailors are "
            "unaccounted for.",
            "Seven crew members of the USS Fitzgerald were missing after the warship hit a cargo ship near Japan.",
        ),
        (
            "The commanding officer of the USS Fitzgerald was airlifted to a hospital in Yokosuka.",
            "The container ship ACX Crystal was sailing from Nagoya to Tokyo.",
            "The USS Fitzgerald was commissioned in 1995.",
        ),
    ),
    Group(
        (
            "A court in Bahrain sentenced activist Zainab Al-Khawaja to one year in prison for tearing up a photo "
            "of the king.",
            "Zainab Al-Khawaja was jailed for a year by a Bahraini court for ripping a picture of the king.",
            "Bahrain's appeals court cut activist Zainab Al-Khawaja's sentence for tearing the king's photo to one "
            "year.",
        ),
        (
            "Zainab Al-Khawaja's father is serving a life sentence for his role in the 2011 protests.",
            "Amnesty International called on Bahrain to release all prisoners of conscience.",
            "Zainab Al-Khawaja said she would keep her baby son with her in prison.",
        ),
    ),
    Group(
        (
            "Archaeologists have found the site of a Viking parliament under a car park in Dingwall.",
            "A Norse assembly site from the 11th century was discovered beneath a parking lot in the Scottish town "
            "of Dingwall.",
            "The meeting place of a medieval Viking parliament lies under a Dingwall car park, archaeologists "
            "confirmed.",
        ),
        (
            "The name Dingwall comes from the Norse word for the field of the assembly.",
            "Scottish earls were later buried at the site.",
            "A trial trench was dug in the car park in 2012.",
        ),
    ),
    Group(
        (
            "The Calder road bridge collapsed into the river on Tuesday, injuring 14 people.",
            "Fourteen people were hurt when the Calder bridge fell into the river on Tuesday.",
            "Two cars and a bus plunged into the river as the Calder bridge gave way on Tuesday, injuring 16.",
        ),
        (
            "The Calder bridge was built in 1932 and last inspected in 2019.",
            "The council will decide on Thursday whether to rebuild the Calder bridge.",
            "The Calder bridge was closed for repairs on Tuesday last year.",
        ),
    ),
    Group(
        (
            "Sprint will begin selling the iPhone 5 in mid-October, people familiar with the matter said.",
            "The iPhone 5 will go on sale at Sprint in the middle of October, according to people close to the deal.",
            "Sprint plans to start offering the new iPhone in mid-October.",
        ),
        (
            "Verizon Wireless has sold 4.5 million iPhones in the first half of the year.",
            "Sprint is the only carrier still offering an unlimited data plan.",
            "Sprint will also sell the older iPhone 4 from the same date.",
        ),
    ),
    Group(
        (
            "A federal judge blocked the new travel ban on Wednesday, hours before it was due to take effect.",
            "The travel ban was halted by a federal judge in Hawaii on Wednesday, just before it would have begun.",
            "Hours before the revised travel ban was to start on Wednesday, a judge froze it nationwide.",
        ),
        (
            "The White House said it would appeal the judge's ruling on the travel ban.",
            "A federal judge blocked the first travel ban in February.",
            "The travel ban would have barred visitors from six countries for 90 days.",
        ),
    ),
    Group(
        (
            "Jack the cat was found at JFK airport two months after escaping from his carrier.",
            "American Airlines said Jack, the cat who escaped at JFK in August, has been found.",
            "After two months missing inside Kennedy Airport, Jack the cat was finally found.",
        ),
        (
            "Jack the cat escaped from his carrier before a flight to California.",
            "Jack will stay with a veterinarian for some time before flying home.",
            "American Airlines employees searched the airport for Jack for weeks.",
        ),
    ),
    Group(
        (
            "Stanford scientists have developed a copper catalyst that turns carbon monoxide into ethanol.",
            "A new copper-based catalyst made at Stanford converts carbon monoxide gas to liquid ethanol.",
            "Researchers at Stanford found a way to make ethanol from carbon monoxide using a copper catalyst.",
        ),
        (
            "Most ethanol is made from corn or sugarcane.",
            "The Stanford researchers hope the process can be powered by solar or wind energy.",
            "Stanford scientists developed a new battery electrode last year.",
        ),
    ),
    Group(
        (
            "Russia's parliament approved a treaty on Thursday to annex Crimea from Ukraine.",
            "The lower house of the Russian parliament voted on Thursday to make Crimea part of Russia.",
            "Russian lawmakers overwhelmingly backed the annexation of Crimea on Thursday.",
        ),
        (
            "Ukraine said it would withdraw its troops from Crimea.",
            "The United States imposed new sanctions on Russia over Crimea on Thursday.",
            "Russian troops seized a military base in Crimea on Wednesday.",
        ),
    ),
    Group(
        (
            "A winter storm killed at least five people across the Midwest on Friday.",
            "The storm that swept the Midwest was blamed for at least seven deaths by Friday.",
            "At least five deaths across several Midwest states were blamed on Friday's winter storm.",
        ),
        (
            "Blizzard warnings were in effect in Iowa, Wisconsin and Illinois on Friday.",
            "Southwest Airlines cancelled all flights from Chicago Midway on Thursday because of the storm.",
            "A winter storm killed three people in the Midwest last December.",
        ),
    ),
    Group(
        (
            "Fishermen blocked the harbour of Port Alder with forty boats on Monday to protest its closure.",
            "Forty fishing boats blockaded Port Alder harbour on Monday in protest against the closure plan.",
            "On Monday the harbour entrance at Port Alder was blocked by fishermen protesting against the closure.",
        ),
        (
            "The council says closing Port Alder harbour will save 2 million euros a year.",
            "Fishermen blocked the harbour of Port Alder for a second time on Thursday.",
            "Port Alder harbour was built in the 18th century.",
        ),
    ),
    Group(
        (
            "Colbert appeared on Russian talk show Evening Urgant during a trip to Saint Petersburg.",
            "During his visit to Saint Petersburg, Stephen Colbert was a guest on the Russian show Evening Urgant.",
            "Stephen Colbert went on the Russian late-night programme Evening Urgant while in Saint Petersburg.",
        ),
        (
            "Colbert jokingly announced a 2020 presidential run on the show.",
            "Ivan Urgant described his show as more Jimmy Fallon than John Oliver.",
            "Colbert's Russia Week began on The Late Show on Monday.",
        ),
    ),
    Group(
        (
            "Israel released Adolf Eichmann's handwritten plea for clemency on Wednesday.",
            "Eichmann's request for a pardon, written in 1962, was made public by Israel's president on Wednesday.",
            "On Wednesday President Reuven Rivlin published the letter in which Eichmann asked to be pardoned.",
        ),
        (
            "Adolf Eichmann was hanged in Israel in 1962.",
            "Eichmann was captured in Argentina in 1960 and brought to Israel for trial.",
            "Israel marks Holocaust remembrance day in early May.",
        ),
    ),
    Group(
        (
            "Two officers were shot and a suspect was killed in an exchange of gunfire on Sunday night.",
            "A suspect was shot dead on Sunday night after two officers were wounded in a gunfight.",
            "On Sunday night a gunfight left two officers wounded and the suspect dead.",
        ),
        (
            "The two officers were released from hospital on Tuesday.",
            "A suspect was shot and killed by officers on Sunday night last year in the same street.",
            "The officers' union called for more training in the use of force.",
        ),
    ),
    Group(
        (
            "Two firefighters were injured on Saturday when a warehouse roof collapsed in Harwick.",
            "A warehouse roof in Harwick fell in on Saturday, injuring two firefighters.",
            "On Saturday two firefighters were hurt as the roof of a burning warehouse gave way.",
        ),
        (
            "Two firefighters were honoured on Saturday at a ceremony for their bravery.",
            "Two warehouses were inspected on Saturday after complaints about blocked fire exits.",
            "Two firefighters who were injured in a roof collapse in 2019 returned to work on Monday.",
        ),
    ),
    Group(
        (
            "A gunman opened fire at a bus station in Orlen on Thursday, killing three people.",
            "Three people were shot dead when a man began shooting inside the Orlen bus terminal on Thursday.",
            "On Thursday a shooter killed three travellers at the main bus station in Orlen.",
        ),
        (
            "The Orlen bus station reopened on Saturday under heavy police guard.",
            "A gunman opened fire at a school in Orlen in 2016, wounding four pupils.",
            "Police in Orlen said on Thursday they were still looking for a motive.",
        ),
    ),
    Group(
        (
            "Divers rescued twelve miners trapped in a flooded coal pit near Karvel on Sunday.",
            "Twelve miners who had been stuck underground in a flooded Karvel mine were brought out alive on Sunday.",
            "On Sunday rescue divers pulled all twelve trapped coal miners from the flooded pit at Karvel.",
        ),
        (
            "The flooded coal pit near Karvel had been cited for safety failures in 2014.",
            "Twelve miners were trapped on Wednesday when water burst into the Karvel pit.",
            "The Karvel mine owner said on Sunday the pit would stay closed until an inquiry ends.",
        ),
    ),
    Group(
        (
            "The Velmora solar farm will have the largest footprint of any power plant in Europe.",
            "No power station in Europe will cover more ground than the Velmora solar farm.",
            "Velmora's solar farm is set to become the biggest power plant in Europe by area.",
        ),
        (
            "The Velmora solar farm will produce enough electricity for 400,000 homes.",
            "Europe's largest wind farm lies off the coast of Denmark.",
            "Building the Velmora solar farm will cost about 2 billion euros.",
        ),
    ),
    Group(
        (
            "Chancellor Ida Brenner and Prime Minister Tomas Holm spoke by phone on Monday about the border.",
            "Brenner and Holm discussed the border crisis in a telephone call on Monday.",
            "In a call on Monday, Holm told Brenner that the border must stay open.",
        ),
        (
            "Brenner and Holm spoke again by phone on Friday about energy prices.",
            "Brenner and Holm agreed on Monday to reopen two border crossings.",
            "Brenner and Holm first met in 2019 at a summit in Vienna.",
        ),
    ),
    Group(
        (
            "A fire destroyed the roof of the old Tessel town hall overnight on Tuesday.",
            "The roof of Tessel's historic town hall burned down in a blaze on Tuesday night.",
            "Flames tore through the old town hall in Tessel on Tuesday night, destroying its roof.",
        ),
        (
            "The old Tessel town hall was built in 1742.",
            "The Tessel council said on Wednesday it would rebuild the town hall roof.",
            "A fire damaged the Tessel library on Tuesday last year.",
        ),
    ),
    Group(
        (
            "The Brisk Valley reservoir has fallen to its lowest level on record after months without rain.",
            "Months of drought have left the Brisk Valley reservoir lower than ever recorded.",
            "Water in the Brisk Valley reservoir is at a record low after a long dry spell.",
        ),
        (
            "The Brisk Valley reservoir supplies water to 300,000 people.",
            "The water company asked Brisk Valley residents on Monday to stop watering gardens.",
            "The Brisk Valley reservoir overflowed after heavy rain in 2012.",
        ),
    ),
    # One event in other words, often the brief's first two sentences: a sentence and the time it means,
    # the act and its noun ("annexed" / "the annexation"), and what really differs (the appeal, the charge).
    Group(
        (
            "A court in Dorran sentenced the former mayor Lukas Fenn to ten years in prison on Thursday for bribery.",
            "Lukas Fenn, the former mayor of Dorran, will spend a decade behind bars for taking bribes.",
            "Former Dorran mayor Lukas Fenn was jailed on Thursday over the bribes he took in office.",
        ),
        (
            "Lukas Fenn was charged with bribery while he was still the mayor of Dorran.",
            "Lukas Fenn's lawyers said on Friday he would appeal against the verdict.",
            "Lukas Fenn was first elected mayor of Dorran in 2009.",
        ),
    ),
    Group(
        (
            "Rescuers pulled twelve miners alive from the flooded Karsk coal mine on Saturday.",
            "All twelve miners trapped in the Karsk mine were brought to the surface alive on Saturday.",
            "The twelve men stuck underground at Karsk were rescued on Saturday after four days.",
        ),
        (
            "Twelve miners were trapped when water flooded the Karsk coal mine on Wednesday.",
            "The Karsk mine was closed for safety checks in 2016.",
            "The owners of the Karsk mine said they would pay the rescued miners' hospital bills.",
        ),
    ),
    Group(
        (
            "Senator Ruth Calloway is up for re-election in 2014.",
            "Calloway faces voters again in 2014, when her Senate seat is up for election.",
        ),
        (
            "Senator Ruth Calloway voted against the farm bill on Tuesday.",
            "Ruth Calloway was a teacher before she entered politics.",
        ),
    ),
    Group(
        (
            "The Orsa Valley flood barrier gave way on Monday night, flooding 300 homes.",
            "Floodwater poured into 300 homes in the Orsa Valley after the barrier collapsed on Monday night.",
            "On Monday night the Orsa Valley barrier burst, leaving some 300 houses under water.",
        ),
        (
            "The Orsa Valley flood barrier was built after the floods of 1994.",
            "Engineers warned last year that the Orsa Valley barrier could fail.",
            "Residents of the Orsa Valley began clearing mud from their homes on Wednesday.",
        ),
    ),
    Group(
        (
            "The parliament of Velmar approved the peace treaty with Ostland on Thursday.",
            "Velmar's lawmakers voted on Thursday to ratify the peace accord with Ostland.",
            "On Thursday Velmar's parliament backed the treaty that ends the war with Ostland.",
        ),
        (
            "Velmar and Ostland signed the peace treaty in Geneva in May.",
            "Velmar's parliament will debate the Ostland treaty again on Monday.",
            "The war between Velmar and Ostland lasted six years.",
        ),
    ),
    # An earlier state of one story (the search, the charge, the wound), background on the same people,
    # a vivid setting without the point, someone talking about it: near misses of the outcome.
    Group(
        (
            "Hikers found the missing schoolboy Tomas Ruel alive near Lake Vessa on Sunday.",
            "Tomas Ruel, the schoolboy who vanished on a class trip, was found alive near Lake Vessa on Sunday.",
            "On Sunday the missing schoolboy Tomas Ruel was found unharmed by hikers close to Lake Vessa.",
        ),
        (
            "Police and volunteers were searching the woods around Lake Vessa on Sunday for Tomas Ruel.",
            "Tomas Ruel is a pupil at the village school near Lake Vessa.",
            "We walked the shore of Lake Vessa all night calling for Tomas, one of the volunteers said.",
        ),
    ),
    Group(
        (
            "A jury in Wexmoor convicted the nurse Paul Arden of poisoning three patients.",
            "Paul Arden, a Wexmoor nurse, was found guilty of poisoning three patients.",
            "Jurors in Wexmoor found the nurse Paul Arden guilty of poisoning three of his patients.",
        ),
        (
            "The Wexmoor nurse Paul Arden was charged with poisoning three patients.",
            "Paul Arden had worked as a nurse at the Wexmoor hospital for twenty years.",
            "Paul Arden was arrested at the Wexmoor hospital after three patients were poisoned.",
            "Paul Arden will go on trial in Wexmoor for poisoning three patients.",
        ),
    ),
    Group(
        (
            "A Harlow police officer died on Wednesday after he was shot during a traffic stop.",
            "The Harlow officer who was shot at a traffic stop died of his wounds on Wednesday.",
            "On Wednesday a Harlow police officer shot during a traffic stop died in hospital.",
        ),
        (
            "A Harlow police officer was wounded when a driver opened fire during a traffic stop.",
            "He was the third Harlow police officer to be shot on duty.",
            "Harlow police officers are also sworn county deputies.",
        ),
    ),
    Group(
        (
            "When the cell door shut behind the young soldier, Judge Amos Kerr was locked in with him.",
            "Judge Amos Kerr had himself locked in the cell with the young soldier he had sentenced.",
        ),
        (
            "The cell door shut and the young soldier sat down on the narrow bunk.",
            "Judge Amos Kerr served in the army before he became a judge.",
        ),
    ),
    Group(
        (
            "The dinosaur Velorisaurus had the largest feet of any sauropod and lived 150 million years ago.",
            "Velorisaurus, which lived 150 million years ago, had bigger feet than any other sauropod.",
        ),
        (
            "Velorisaurus was probably a close cousin of Brachiosaurus.",
            "The bones of Velorisaurus were dug up by a rancher in Wyoming.",
        ),
    ),
    Group(
        (
            "Scientists said the fossil from Chubut is the largest dinosaur foot ever found.",
            "It is the largest sauropod foot ever discovered, according to the museum in Trelew.",
            "The sauropod Tessaurus had the biggest feet of any sauropod, the researchers said.",
        ),
        (
            "The museum in Chubut holds the largest fossil collection ever assembled in Argentina.",
            "The dinosaur foot from Chubut was dug up by a farmer in 2012.",
        ),
    ),
    Group(
        (
            "Former Ardley police officer Tom Reese, 24, was found dead in his home on Thanksgiving.",
            "A former Ardley police officer — charged last week with faking a shootout — was found dead in his "
            "home on Thanksgiving Day.",
        ),
        (
            "The former Ardley police officer was charged last week with faking a shootout.",
            "Tom Reese joined the Ardley police as a part-time officer in 2015.",
        ),
    ),
    Group(
        (
            "The Rockies say fans will have the chance to swap the misspelled jerseys for correct ones.",
            "The Rockies said fans can exchange the misspelled jerseys for corrected ones in September.",
        ),
        (
            "The Rockies said the misspelled jerseys were printed by a supplier in Denver.",
            "Fans who exchange the jerseys will also get a free ticket to a Rockies game.",
        ),
    ),
    Group(
        (
            "President Tom Hart has announced Judge Ines Varga of Colorado as his pick for the Supreme Court.",
            "President Tom Hart nominated Judge Ines Varga from the 10th Circuit Court of Appeals to fill the "
            "vacant seat of the late Justice Ruth Amsel.",
        ),
        (
            "President Tom Hart attacked Judge Ines Varga in sharp terms at a meeting with senators.",
            "The Senate confirmed Judge Ines Varga to the Supreme Court by a vote of 54 to 45.",
            "Judge Ines Varga wrote to President Tom Hart that his speech to Congress was magnificent.",
        ),
    ),
)


def labelled_pairs() -> list[tuple[str, str, bool]]:
    """(first sentence, second sentence, same fact?) for every pair the groups define."""
    pairs: list[tuple[str, str, bool]] = []
    for group in GROUPS:
        pairs.extend((a, b, True) for a, b in itertools.combinations(group.same, 2))
        pairs.extend((a, d, False) for a in group.same for d in group.different)
    return pairs


def write_sentences(folder: Path) -> dict[str, str]:
    """Every sentence of the pairs in a file of its own under ``folder``; returns file name by sentence."""
    folder.mkdir(parents=True, exist_ok=True)
    names: dict[str, str] = {}
    for a, b, _same in labelled_pairs():
        for text in (a, b):
            if text not in names:
                names[text] = f"s{len(names):03d}.txt"
                (folder / names[text]).write_text(text + "\n", encoding="utf-8")
    return names


def predict(folder: Path, *, citing: bool = False) -> list[bool]:
    """The engine's verdict on every labelled pair (its ``same_fact``, or with ``citing`` whether the
    first sentence would cite the second), on features of all the pairs' sentences together."""
    from citebrief.engine.features import build_features
    from citebrief.ingest import load_folder

    names = write_sentences(folder)
    features = build_features(load_folder(folder))
    row_of = {r.source.id: i for i, r in enumerate(features.rows)}
    try:
        from citebrief.engine import facts

        decide = facts.states_fact if citing else facts.same_fact
    except ImportError:  # an older release decided it in selection
        from citebrief.engine import selection

        decide = selection.same_fact
    verdicts = []
    for a, b, _same in labelled_pairs():
        ra, rb = row_of[names[a]], row_of[names[b]]
        cosine = float((features.vectors[ra] @ features.vectors[rb].T).toarray()[0, 0])
        verdicts.append(bool(decide(features, ra, rb, cosine)))
    return verdicts


def precision_recall(verdicts: list[bool]) -> tuple[float, float, int, int]:
    """Precision and recall of "same fact" against the labels, with the false positives and negatives."""
    labels = [same for _a, _b, same in labelled_pairs()]
    hits = sum(1 for v, s in zip(verdicts, labels, strict=True) if v and s)
    false_pos = sum(1 for v, s in zip(verdicts, labels, strict=True) if v and not s)
    false_neg = sum(1 for v, s in zip(verdicts, labels, strict=True) if s and not v)
    precision = hits / (hits + false_pos) if hits + false_pos else 1.0
    return precision, hits / (hits + false_neg), false_pos, false_neg
