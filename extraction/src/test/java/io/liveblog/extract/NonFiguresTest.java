package io.liveblog.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hard negatives: none of these sentences states a figure. */
class NonFiguresTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The seven-day pause began on November 24 and was extended twice.",
        // a year after "in", even before a verb; money no currency code names is no count of people
        "The floods in 2010 killed many more, officials recalled.",
        "The prime minister announced 400,000 rupees for the family of each person killed.",
        // a part of a group the sentence opens with
        "Of the injured, 14 were in critical condition.",
        "Of the wounded, six are seriously injured, doctors said.",
        // captives being freed: a release is no hostage-taking
        "Hamas freed 17 hostages on Sunday, the third day of the truce.",
        "Eight hostages have been freed so far, the army said.",
        "A third group of 11 Israeli hostages is due to be released on Monday.",
        "Thirteen Israeli hostages are expected to be freed on Friday.",
        // deaths from an outbreak
        "The ministry has confirmed 1,400 cholera cases and nine deaths in the district.",
        "Officials recorded 62 cases and 12 deaths in the health zone this week.",
        "The 2014 epidemic killed more than 11,000 people across West Africa.",
        "Officials believe Hamas is holding a number of women between the ages of 20 and 30.",
        "The military said it struck more than 450 targets in the past 24 hours.",
        "The Israeli military said it carried out 300 strikes the day before the truce began.",
        "The 400-plus strikes included artillery fire and munitions dropped from aircraft.",
        "About 2.2 million people live in the territory.",
        "The UN said aid was inadequate, with more than two million people living in the territory.",
        "The talks will continue for another 48 hours.",
        "The truce could be extended by one day for every 10 hostages released.",
        "Hamas would free one hostage for every three prisoners released by Israel.",
        "A 7.8 magnitude earthquake struck at 4:17 a.m. local time.",
        "Roughly 40% of the population is under 15.",
        "Call the hotline at 0800 123 4567 for updates.",
        "He was released on December 1, 2023, after 55 days in captivity.",
        "18 Posts",
        "Updated 0504 GMT (1304 HKT) December 3, 2023",
        "12:28 p.m. ET, December 2, 2023",
        "The UN Security Council passed Resolution 2712 on Wednesday.",
        "The hospital is 5 km from the border.",
        "Israel and Hamas agreed to a four-day truce in November.",
        "The 2014 war lasted 50 days.",
        "No one was killed in the attack.",
        "Only one of Gaza's 36 hospitals is still functioning.",
        "The building had six floors and housed two schools.",
        "The ministry said a 12-year-old and his mother were among the first evacuated.",
        "Netanyahu said the war would last for many more months.",
        "It was the first time in 17 years that the crossing opened on a Saturday.",
        "At least three rockets were fired from Lebanon toward northern Israel.",
        "The IDF said it had destroyed 800 tunnel shafts since the start of the war.",
        "The blast damaged 20 buildings and 3 mosques.",
        "Fighting resumed at 7 a.m. on Friday after the truce expired.",
        "Gaza has a population of about 2.3 million.",
        "Palestinians in their 20s and 30s make up most of the workforce.",
        "Two-thirds of Gaza's hospitals are out of service.",
        "He spent 12 years in an Israeli prison.",
        "One in four Gazans is starving, the WFP warned.",
        "1 in 5 children in the camp were killed.",
        "One in 10 people in the camp have been displaced more than once.",
        "The 1948 war displaced hundreds of villages.",
        "Mr. Biden spoke with the two leaders for 45 minutes.",
        "The Israeli cabinet voted 35 to 3 in favor of the deal.",
        "Hamas released a statement on Saturday.",
        "The army said a number of soldiers were hurt.",
        "Dozens of victims from the camp were transferred to the nearby hospital.",
        "Half of the displaced are children.",
        "Some 500 trucks a day entered Gaza before the war.",
        "Before the war, about 500 trucks entered the strip every working day, the agency said.",
        "Aid groups say at least 100 lorries per day are needed to avert famine.",
        "The bakery used to feed 3,000 families daily.",
        "The city promised 2 million roubles to the family of each person killed in the blast.",
        "The ministry set aside 900 million hryvnias for emergency repairs to the dam.",
        "Two hostages, aged 84 and 85, were among the first freed.",
        "Gaza is 41 km long and between 6 and 12 km wide.",
        "The Israeli cabinet met for four hours on Saturday night.",
        "The US has provided Israel with $14.3 billion in military assistance this year.",
        "The IDF's Unit 8200 and the 98th Division are taking part in the fighting.",
        "Netanyahu, 74, said Israel had hit 10,000 targets since the start of the operation.",
        "Thousands of protesters marched with the relatives of hostages through the capital on Sunday.",
        "Hundreds of volunteers searched for the bodies of the missing along the river bank.",
    })
    void statesNoFigure(String sentence) {
        Posts.none(sentence);
    }
}
