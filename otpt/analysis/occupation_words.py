"""The words that name each OTPF-4 occupation in a written goal, English and Spanish: the
goal self-check (goal_checks.py, through goal_words and goal_words_es) reads a goal as
naming an occupation when one of its words, compared by Snowball stem, is among these. Keys
are the bank's English occupation codes (`otpt.OCCUPATIONS`); every occupation the bundled
bank uses has words (a test holds it), so "brush her teeth" names grooming and "open his milk
carton" feeding (AOTA OTPF-4, 2020, Table 2).
"""

from __future__ import annotations

__all__ = ["ENGLISH", "SPANISH"]

#: English words, by occupation.
ENGLISH = {
    "personal hygiene and grooming": "groom teeth brush face wash shave hair comb makeup deodorant nails",
    "feeding": "feed eat meal spoon fork cup carton drink lunch snack utensil",
    "eating and swallowing": "eat swallow drink meal chew sip",
    "dressing": "dress pants shirt socks shoes coat button zip zipper bra jacket clothes garment garments doff "
    "sleeve sleeves stockings",
    "bathing and showering": "bath bathe shower wash tub sponge",
    "toileting and toilet hygiene": "toilet toileting commode bathroom hygiene urinal",
    "functional mobility": "transfer bed chair walk get up sit stand bathroom car",
    "meal preparation and cleanup": "cook meal kitchen stove microwave dishes prepare jar jars lid lids",
    "home establishment and management": "laundry clean dishes home chores fold",
    "shopping": "shop store groceries cart wallet",
    "medication management": "pill pills medication medicine organizer",
    "driving and community mobility": "bus car drive driving community",
    "care of others": "baby child grandchild care lift bathe feed",
    "care of pets and animals": "dog cat pet walk feed",
    "formal educational participation": "class school write writing handwriting desk homework lesson",
    "play participation": "play game toy toys friends recess",
    "leisure participation": "hobby garden gardening knit guitar",
    "job performance and maintenance": "job work shift lift carry tasks",
    "sleep preparation": "sleep bed bedtime routine",
    "safety and emergency maintenance": "safety safe night light toileting toilet routine alarm emergency hazard hazards grab",
    "sleep participation": "sleep night",
    "peer group participation": "friends group classmates",
    "community participation": "community group church club",
    "child rearing": "baby babies diaper diapers stroller bottle crib parenting",
    "employment seeking and acquisition": "job jobs application applications resume interview interviews hired",
    "financial management": "money bills budget bank banking wallet checkbook pay",
    "friendships": "friend friends friendship",
    "family participation": "family dinner table relatives grandchildren holiday",
    "physical activity": "gym swim swimming bike biking hike hiking yoga dance dancing sport sports",
    "play exploration": "play toy toys explore game games",
    "social and emotional health promotion and maintenance": "planner schedule routine coping journal mood "
    "activities plan planned",
    "symptom and condition management": "pace pacing symptoms inhaler plan breaks rest energy",
    "communication management": "phone call calls text email",
}

#: Spanish words, by occupation (the glossary's terms, docs/GLOSSARY_ES.md, and the everyday
#: words a learner in the US writes).
SPANISH = {
    "personal hygiene and grooming": "arreglarse arreglo peinarse cepillarse dientes cara afeitarse rasurarse "
    "pelo cabello maquillarse maquillaje desodorante uñas",
    "feeding": "comer comida alimentarse cuchara tenedor taza vaso cartón envase beber almuerzo merienda "
    "refrigerio utensilio",
    "eating and swallowing": "comer tragar deglutir deglución beber comida masticar sorber",
    "dressing": "vestirse ropa pantalón pantalones camisa calcetines zapatos abrigo abrochar botón botones "
    "cierre cremallera brasier chaqueta desvestirse medias calzador agujetas cordones amarrarse abotonarse zíper "
    "prenda prendas manga mangas",
    "bathing and showering": "bañarse ducharse ducha tina bañera esponja",
    "toileting and toilet hygiene": "inodoro excusado higiene orinal sanitario",
    "functional mobility": "trasladarse traslado cama silla caminar levantarse sentarse pararse carro",
    "meal preparation and cleanup": "cocinar comida estufa microondas platos preparar receta frasco frascos tapa tapas",
    "home establishment and management": "lavar ropa limpiar limpieza platos casa tareas doblar",
    "shopping": "comprar compras tienda supermercado carrito mandado",
    "medication management": "pastilla pastillas medicamento medicamentos medicina medicinas pastillero",
    "driving and community mobility": "autobús carro manejar conducir comunidad",
    "care of others": "bebé nieto nieta cuidar cargar bañar alimentar",
    "care of pets and animals": "perro gato mascota pasear alimentar",
    "formal educational participation": "clase escuela escribir escritura letra tarea escritorio lección",
    "play participation": "jugar juego juguete juguetes amigos recreo",
    "leisure participation": "pasatiempo jardín jardinería tejer guitarra",
    "job performance and maintenance": "trabajo trabajar turno levantar cargar tareas empleo",
    "sleep preparation": "dormir cama acostarse rutina",
    "safety and emergency maintenance": "seguridad seguro noche luz rutina alarma emergencia peligro "
    "peligros barra",
    "sleep participation": "dormir sueño noche",
    "peer group participation": "amigos grupo compañeros",
    "community participation": "comunidad grupo iglesia club",
    "child rearing": "bebé bebés pañal pañales carriola cochecito biberón cuna crianza",
    "employment seeking and acquisition": "empleo solicitud solicitudes currículum entrevista entrevistas",
    "financial management": "dinero cuentas presupuesto banco billetera cartera chequera pagar",
    "friendships": "amigo amiga amigos amigas amistad",
    "family participation": "familia familiar cena mesa parientes nietos",
    "physical activity": "gimnasio nadar natación bicicleta caminata yoga bailar baile deporte deportes",
    "play exploration": "jugar juguete juguetes explorar juego juegos",
    "social and emotional health promotion and maintenance": "agenda horario rutina diario ánimo "
    "actividades plan planear",
    "symptom and condition management": "dosificar síntomas inhalador plan pausas descanso energía",
    "communication management": "teléfono llamar llamada mensaje correo",
}
