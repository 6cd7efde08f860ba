"""Invented people: common given names and very common surnames, drawn from pools by heritage and generation.

No list here describes anyone real; a name is only ever paired with a fictional address (see places.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from people.codes import Ethnicity, Sex
from synthetic.mint import Mint


@dataclass(frozen=True)
class Pool:
    boys: tuple[str, ...]
    girls: tuple[str, ...]
    men: tuple[str, ...]
    women: tuple[str, ...]
    elder_men: tuple[str, ...]
    elder_women: tuple[str, ...]
    surnames: tuple[str, ...]


def _t(words: str) -> tuple[str, ...]:
    return tuple(words.split())


BRITISH = Pool(
    boys=_t(
        "Oliver Jack Harry Charlie Thomas George Jacob Alfie Noah Leo Riley Mason Tyler Kai Connor Callum "
        "Jordan Liam Kyle Ryan Lewis Dylan Ethan Logan Archie Freddie Harvey Reece Bailey Jayden Brandon Finley"
    ),
    girls=_t(
        "Olivia Amelia Isla Ava Mia Lily Ruby Poppy Chloe Jessica Ellie Evie Grace Sophie Megan Lauren "
        "Courtney Jade Leah Paige Kayleigh Shannon Holly Libby Millie Keira Niamh Summer Skye Tia Demi Freya"
    ),
    men=_t(
        "Daniel Lee Craig Darren Wayne Jason Mark Paul Stuart Gary Dean Scott Jamie Adam Shane Carl Ricky "
        "Kevin Neil Sean Martin Anthony Christopher Matthew Steven Aaron Luke"
    ),
    women=_t(
        "Kelly Michelle Lisa Donna Stacey Sarah Emma Gemma Claire Nicola Kerry Leanne Hayley Samantha "
        "Danielle Amy Natalie Rebecca Joanne Charlotte Laura Victoria Zoe Kirsty Jodie Toni"
    ),
    elder_men=_t(
        "David John Michael Peter Stephen Robert Brian Keith Alan Terry Colin Derek Roy Barry Graham"
    ),
    elder_women=_t(
        "Susan Linda Karen Julie Carol Sandra Tracey Janet Christine Pauline Brenda Maureen Denise Lorraine"
    ),
    surnames=_t(
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
        "Roberts Green Hall Wood Jackson Clarke Harris Lewis Turner Hill Cooper Ward Morris King Baker Moore "
        "Parker Hughes Edwards Collins Stewart Bennett Murphy Kelly Price Shaw Mills Lee Carter Fox Webb"
    ),
)

EUROPEAN = Pool(
    boys=_t("Jakub Kacper Filip Mateusz Antoni Luca David Andrei Matei Lukas Oskar Tomas"),
    girls=_t("Zuzanna Maja Julia Alicja Natalia Zofia Maria Ioana Elena Laura Amelia Ana"),
    men=_t("Piotr Tomasz Marek Pawel Adrian Ionut Florin Marius Robert Daniel"),
    women=_t("Agnieszka Katarzyna Monika Anna Magdalena Elena Andreea Simona Daniela Ewa"),
    elder_men=_t("Jan Stanislaw Andrzej Gheorghe Vasile Josef"),
    elder_women=_t("Maria Halina Krystyna Elena Ana Irena"),
    surnames=_t("Nowak Novak Popescu Ionescu Horvath Kovac Marin Dumitru Lazar Balogh Varga Petrov"),
)

SOUTH_ASIAN = Pool(
    boys=_t("Mohammed Muhammad Ali Hamza Ayaan Zain Yusuf Ibrahim Arjun Rohan Aryan Ishaan Rayan Zayn Adam"),
    girls=_t("Aisha Fatima Maryam Zara Amira Priya Anika Noor Hafsa Inaya Safa Anaya Riya Layla Sana"),
    men=_t("Imran Asif Tariq Sajid Nadeem Amir Rizwan Kamran Faisal Raj Sunil Vikram Shahid"),
    women=_t("Nazia Shabana Rubina Samina Farzana Yasmin Sadia Parveen Anjali Sunita Nadia Shazia"),
    elder_men=_t("Mohammed Abdul Bashir Rafiq Harbans Mohinder Ramesh"),
    elder_women=_t("Zubeda Khadija Rashida Kulwant Savitri Nasreen"),
    surnames=_t(
        "Khan Ahmed Hussain Ali Begum Patel Shah Akhtar Rahman Iqbal Singh Mahmood Chaudhry Islam Miah"
    ),
)

CARIBBEAN = Pool(
    boys=_t("Jayden Malachi Isaiah Tyrese Kairo Jaden Elijah Joshua Reuben Nathaniel Kymani Andre"),
    girls=_t("Nia Chanel Shanice Tia Aaliyah Imani Kiara Jada Nevaeh Amani Destiny Renee"),
    men=_t("Tyrone Marlon Leon Clive Dwayne Trevor Delroy Winston Errol Kirk"),
    women=_t("Marcia Sharon Paulette Yvonne Simone Natasha Janice Sonia Donna Beverley"),
    elder_men=_t("Everton Lloyd Neville Carlton Desmond"),
    elder_women=_t("Gloria Hyacinth Myrtle Pearl Enid"),
    surnames=_t(
        "Campbell Williams Brown Johnson Thomas Clarke Grant Francis Richards Henry Reid Gordon Bailey"
    ),
)

WEST_AFRICAN = Pool(
    boys=_t("Emmanuel Samuel Daniel Joshua David Tobi Kwame Tayo Femi Kofi Jeremiah Micah Ayo"),
    girls=_t("Blessing Precious Abigail Esther Amara Favour Grace Deborah Adaeze Ama Tolu Comfort Ruth"),
    men=_t("Olusegun Chinedu Kwabena Yaw Babatunde Emeka Kojo Segun Ikenna Abdul"),
    women=_t("Folake Ngozi Abena Funmi Chioma Adwoa Yetunde Bisi Akua Efua"),
    elder_men=_t("Adewale Kwaku Chukwuma Olu"),
    elder_women=_t("Adunni Ama Nneka Bola"),
    surnames=_t("Okafor Mensah Adeyemi Okoro Boateng Asante Owusu Adebayo Eze Nwosu Osei Bello Danso"),
)

EAST_AFRICAN = Pool(
    boys=_t("Yonas Dawit Filmon Abel Mohamed Ahmed Abdi Samuel Robel Mussie Hamid Yasin"),
    girls=_t("Selam Hana Ruth Luwam Sara Fatuma Hodan Ayan Feven Muna"),
    men=_t("Tesfay Haile Mohamed Abdullahi Berhane Yusuf Tekle Omar"),
    women=_t("Almaz Saba Amina Zahra Hawa Senait"),
    elder_men=_t("Gebre Hassan Ali Tesfaye"),
    elder_women=_t("Asha Halima Tsehay Mebrat"),
    surnames=_t("Tesfay Haile Berhane Mohamed Abdi Hassan Yusuf Gebremariam Osman Abdalla Tekle Ahmed"),
)

MIDDLE_EASTERN = Pool(
    boys=_t("Omar Ahmad Mustafa Hassan Karim Sami Reza Ali Bilal Yusuf Jawad Hamid Nawid Rahim"),
    girls=_t("Layla Mariam Sara Hiba Zainab Yasmin Nour Rana Farah Shirin Laleh"),
    men=_t("Khalid Mahmoud Rashid Jamal Nasser Farid Karwan Dilshad Hamza"),
    women=_t("Samira Leila Huda Salma Nasrin Roya Shadi Amal"),
    elder_men=_t("Abdullah Ibrahim Hussein Kamal"),
    elder_women=_t("Fatemeh Khadija Soraya Aziza"),
    surnames=_t("Ahmadi Rahimi Karimi Hassan Osman Haidari Mohammadi Sultani Aziz Hamid Rashid Noori"),
)

CHINESE = Pool(
    boys=_t("Jun Wei Hao Ming Jian Kai Ryan Ethan"),
    girls=_t("Mei Ling Xin Yan Jia Hui Chloe Grace"),
    men=_t("Wei Jian Feng Lei Hong Bo"),
    women=_t("Li Fang Ying Hua Min Jing"),
    elder_men=_t("Guo Zhi Cheng"),
    elder_women=_t("Lan Xiu Qing"),
    surnames=_t("Chen Li Wang Zhang Liu Wong Chan Lin Huang Zhou"),
)

POOL_FOR = {
    Ethnicity.WOTH: EUROPEAN,
    Ethnicity.WROM: EUROPEAN,
    Ethnicity.AIND: SOUTH_ASIAN,
    Ethnicity.APKN: SOUTH_ASIAN,
    Ethnicity.ABAN: SOUTH_ASIAN,
    Ethnicity.AOTH: SOUTH_ASIAN,
    Ethnicity.BCRB: CARIBBEAN,
    Ethnicity.BOTH: CARIBBEAN,
    Ethnicity.BAFR: WEST_AFRICAN,
    Ethnicity.CHNE: CHINESE,
    Ethnicity.OOTH: MIDDLE_EASTERN,
}

# The other parent's heritage of a child of mixed heritage; the mother is then White British.
MIXED_OTHER_PARENT = {
    Ethnicity.MWBC: Ethnicity.BCRB,
    Ethnicity.MWBA: Ethnicity.BAFR,
    Ethnicity.MWAS: Ethnicity.APKN,
    Ethnicity.MOTH: Ethnicity.OOTH,
}

NICKNAMES = {
    "Oliver": "Ollie",
    "Thomas": "Tommy",
    "Jacob": "Jake",
    "Alfie": "Alf",
    "Archie": "Arch",
    "Freddie": "Fred",
    "Callum": "Cal",
    "Jayden": "Jay",
    "Mohammed": "Mo",
    "Muhammad": "Mo",
    "Ibrahim": "Ibby",
    "Emmanuel": "Manny",
    "Samuel": "Sammy",
    "Joshua": "Josh",
    "Nathaniel": "Nate",
    "Olivia": "Liv",
    "Amelia": "Millie",
    "Jessica": "Jess",
    "Kayleigh": "Kay",
    "Shannon": "Shan",
    "Courtney": "Court",
    "Elizabeth": "Lizzie",
    "Rebecca": "Becky",
    "Samantha": "Sam",
    "Danielle": "Dani",
    "Abigail": "Abbie",
    "Precious": "Presh",
    "Aaliyah": "Leah",
}


def pool_for(ethnicity: str) -> Pool:
    return POOL_FOR.get(Ethnicity(ethnicity), BRITISH)


def given_name(mint: Mint, pool: Pool, sex: str, generation: str) -> str:
    """generation: 'child', 'adult' or 'elder'. A child of unknown sex gets either list."""
    if sex == Sex.UNKNOWN:
        sex = Sex.MALE if mint.chance(0.5) else Sex.FEMALE
    male = sex == Sex.MALE
    lists = {
        "child": pool.boys if male else pool.girls,
        "adult": pool.men if male else pool.women,
        "elder": pool.elder_men if male else pool.elder_women,
    }
    return mint.pick(lists[generation])


def surname(mint: Mint, pool: Pool) -> str:
    return mint.pick(pool.surnames)


def nickname(mint: Mint, forename: str) -> str:
    if forename in NICKNAMES:
        return NICKNAMES[forename]
    return forename[:3] if len(forename) > 4 else forename + "y"
