"""The English check that stands between a foreign-language CV and a made-up score."""

import pytest

from shortlist.core.text.english import looks_english

ENGLISH = (
    "Backend engineer with ten years of building Python services and data pipelines for "
    "e-commerce and payments. I lead a team of four and own the order platform."
)


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin Softwareentwicklerin mit zehn Jahren Erfahrung in der Entwicklung von "
        "Webanwendungen. Zuletzt habe ich bei einer Bank in Frankfurt gearbeitet, wo ich "
        "ein Team von vier Entwicklern geleitet habe.",
        "Ingénieure logiciel chez Dupont SA depuis 2018. J'ai conçu les services de paiement "
        "de la société et encadré une équipe de quatre développeurs pour le nuage.",
        "Ingeniera de software con diez años de experiencia en el desarrollo de aplicaciones "
        "web y sistemas de pago para los bancos y las tiendas de la ciudad.",
        "软件工程师，十年经验，负责支付系统和数据平台的设计与开发，带领四人团队完成云迁移项目。"
        * 3,
    ],
    ids=["german", "french", "spanish", "chinese"],
)
def test_other_languages_are_not_taken_for_english(text: str) -> None:
    assert not looks_english(text)


def test_an_english_cv_with_foreign_names_and_places_is_english() -> None:
    text = ENGLISH + " Worked at Müller & Söhne GmbH in München and at Banco de España."
    assert looks_english(text)


def test_a_short_text_gets_the_benefit_of_the_doubt() -> None:
    assert looks_english("Python, SQL, Docker")
